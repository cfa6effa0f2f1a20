package org.gilpy.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The eval loop's int constants must be exactly the Opcode enum's ordinals. */
class OpcodeNumbersTest {
    @Test
    void everyConstantIsItsOpcodesOrdinal() throws Exception {
        Field[] fields = Arrays.stream(OpcodeNumbers.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == int.class)
                .toArray(Field[]::new);
        assertEquals(Opcode.values().length, fields.length, "regenerate with tools/gen-opcode-numbers.py");
        for (Field f : fields) {
            assertEquals(Opcode.valueOf(f.getName()).ordinal(), f.getInt(null), f.getName());
        }
    }
}
