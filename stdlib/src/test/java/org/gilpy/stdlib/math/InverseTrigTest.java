package org.gilpy.stdlib.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Arguments where java.lang.Math's result differs in the last bit from CPython's (glibc's), with
 * CPython's results recorded from python3.
 */
class InverseTrigTest {
    @Test
    void atanAndAtan2() {
        assertEquals(1.5316138876826113, InverseTrig.atan(25.50857516138715));
        assertEquals(1.1619162650286934, InverseTrig.atan(2.307867958713822));
        assertEquals(1.1994743015381648, InverseTrig.atan(2.5681533276135315));
        assertEquals(0.47027003753242874, InverseTrig.atan2(2.4580338977940386, 4.835739785214589));
        assertEquals(-0.48708587191172054, InverseTrig.atan2(-4.410352679777794, 8.326907436171037));
        assertEquals(-0.8531310892187872, InverseTrig.atan2(-6.807915752839236, 5.942939828624089));
        assertEquals(-1.9992844853890201, InverseTrig.atan2(-8.697205732486475, -3.9728179846107503));
    }

    @Test
    void specialValues() {
        assertEquals(0.7853981633974483, InverseTrig.atan2(1, 1));
        assertEquals(-2.356194490192345, InverseTrig.atan2(-1, -1));
        assertEquals(3.141592653589793, InverseTrig.atan2(0.0, -1));
        assertEquals(-3.141592653589793, InverseTrig.atan2(-0.0, -1));
        assertEquals(0.0, InverseTrig.atan2(1e-300, 1e300));
        assertEquals(1.5707963267948966, InverseTrig.atan2(1e300, -1e-300));
        assertEquals(1.5707963267948966, InverseTrig.asin(1));
        assertEquals(1.5707963267948966, InverseTrig.acos(0));
        assertEquals(1.0471975511965979, InverseTrig.acos(0.5));
        assertEquals(0.5235987755982989, InverseTrig.asin(0.5));
        assertEquals(Double.NaN, InverseTrig.asin(1.5));
    }

    @Test
    void asinAndAcos() {
        assertEquals(1.005911001145255, InverseTrig.asin(0.844649993330834));
        assertEquals(-1.4865131554517348, InverseTrig.asin(-0.9964502755949307));
        assertEquals(-0.6053350960812843, InverseTrig.asin(-0.5690376615505355));
        assertEquals(1.010483869226864, InverseTrig.acos(0.5314509032582835));
        assertEquals(1.0338984258030757, InverseTrig.acos(0.5114728249026355));
        assertEquals(1.0622060008861232, InverseTrig.acos(0.4869464769214804));
    }

    @Test
    void coshAsFdlibm() {
        assertEquals(1.6253208209972363, Accurate.cosh(1.0669828635035539));
        assertEquals(3.065877746653995, Accurate.cosh(1.785755680050133));
        assertEquals(2.790955849131803, Accurate.cosh(-1.685771014139184));
    }
}
