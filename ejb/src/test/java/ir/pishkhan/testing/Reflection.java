package ir.pishkhan.testing;

import java.lang.reflect.Field;

/**
 * Sets and reads private fields of JPA entities in unit tests, where no database assigns ids
 * and reference data (provinces, the audit chain head) has no public constructor.
 */
public final class Reflection {

    private Reflection() {
    }

    public static void set(Object target, String fieldName, Object value) {
        try {
            field(target.getClass(), fieldName).set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Object get(Object target, String fieldName) {
        try {
            return field(target.getClass(), fieldName).get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(Class<?> type, String fieldName) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(fieldName);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalArgumentException("No field " + fieldName + " in " + type.getName());
    }
}
