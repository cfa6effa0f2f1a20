package org.gilpy.stdlib.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyObject;
import org.junit.jupiter.api.Test;

/** fsum, the vector norm and the double-double logarithms against values recorded from python3. */
class FloatSumsTest {
    private static double fsum(double... xs) {
        PyObject[] items = new PyObject[xs.length];
        for (int i = 0; i < xs.length; i++) {
            items[i] = new PyFloat(xs[i]);
        }
        return FloatSums.fsum(new PyList(items));
    }

    @Test
    void fsumIsExactlyRounded() {
        assertEquals(1.0000000000000002e+16, fsum(1e16, 1.0, 1e-16));
        assertEquals(2.7755575615628914e-17, fsum(0.1, 0.2, 0.3, -0.6));
        assertEquals(1e-308, fsum(1e308, -1e308, 1e-308));
        assertEquals(9007199254740994.0, fsum(9007199254740992.0, 1.0, 1.0));
        assertEquals(1e-100, fsum(1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50));
        assertEquals(1.0, fsum(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1));
    }

    @Test
    void normAvoidsOverflowAndRounding() {
        assertEquals(1.4142135623731e-310, FloatSums.norm(new double[] {1e-310, 1e-310}));
        assertEquals(0.3741657386773941, FloatSums.norm(new double[] {0.1, 0.2, 0.3}));
        assertEquals(1e+200, FloatSums.norm(new double[] {1e200, 1e-200}));
        assertEquals(1.4142135623730951e+308, FloatSums.norm(new double[] {1e308, 1e308}));
        assertEquals(4.55521678957215, FloatSums.norm(new double[] {1.5, 2.5, 3.5}));
    }

    @Test
    void logarithmsRoundAsGlibc() {
        assertEquals(3.321928094887362, Accurate.log2(10));
        assertEquals(-1070.0, Accurate.log2(Math.scalb(1.0, -1070)));
        assertEquals(0.8450980400142568, Accurate.log10(7));
        assertEquals(-310.0, Accurate.log10(1e-310));
        assertEquals(3.0, Accurate.log10(1000));
    }
}
