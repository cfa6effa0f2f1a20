package org.gilpy.stdlib.re;

/** The flag bits of {@code re} (CPython's SRE_FLAG_* values), and their names for reprs. */
final class ReFlags {
    private ReFlags() {}

    static final int TEMPLATE = 1;
    static final int IGNORECASE = 2;
    static final int LOCALE = 4;
    static final int MULTILINE = 8;
    static final int DOTALL = 16;
    static final int UNICODE = 32;
    static final int VERBOSE = 64;
    static final int DEBUG = 128;
    static final int ASCII = 256;

    /** The flags that select how characters are classified: at most one may be set. */
    static final int TYPE_FLAGS = ASCII | LOCALE | UNICODE;
    /** Flags that only make sense for the whole pattern. */
    static final int GLOBAL_FLAGS = DEBUG | TEMPLATE;

    private static final int[] BITS = {TEMPLATE, IGNORECASE, LOCALE, MULTILINE, DOTALL, UNICODE, VERBOSE, DEBUG, ASCII};
    private static final String[] NAMES = {"TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE",
        "VERBOSE", "DEBUG", "ASCII"};

    /** The inline flag letter's bit ({@code (?i)}), or 0 for a letter that is not a flag. */
    static int ofLetter(int c) {
        return switch (c) {
            case 'i' -> IGNORECASE;
            case 'L' -> LOCALE;
            case 'm' -> MULTILINE;
            case 's' -> DOTALL;
            case 'x' -> VERBOSE;
            case 'a' -> ASCII;
            case 't' -> TEMPLATE;
            case 'u' -> UNICODE;
            default -> 0;
        };
    }

    /** {@code re.IGNORECASE|re.DOTALL|0x400}, as a Pattern's repr lists its flags. */
    static String describe(long flags) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < BITS.length; i++) {
            if ((flags & BITS[i]) != 0) {
                sb.append(sb.length() == 0 ? "" : "|").append("re.").append(NAMES[i]);
                flags &= ~BITS[i];
            }
        }
        if (flags != 0) {
            sb.append(sb.length() == 0 ? "" : "|").append("0x").append(Long.toHexString(flags));
        }
        return sb.toString();
    }
}
