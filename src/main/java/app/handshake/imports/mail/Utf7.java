package app.handshake.imports.mail;

/**
 * Decodes UTF-7 (RFC 2152), which Outlook 2000 wrote into headers and bodies and which the JDK has no
 * charset for. Only decoding is needed, and it is a few lines: a library for it would be unmaintained
 * code on the import path, and keeping such text undecoded would show people "Fr+APY-sche".
 */
final class Utf7 {

    private Utf7() {}

    static String decode(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (c != '+') {
                out.append(c);
                continue;
            }
            if (i < text.length() && text.charAt(i) == '-') {
                out.append('+');
                i++;
                continue;
            }
            int bits = 0;
            int bitCount = 0;
            while (i < text.length() && sextet(text.charAt(i)) >= 0) {
                bits = (bits << 6) | sextet(text.charAt(i++));
                bitCount += 6;
                if (bitCount >= 16) {
                    bitCount -= 16;
                    out.append((char) (bits >>> bitCount));
                    bits &= (1 << bitCount) - 1;
                }
            }
            // a '-' only ends the shifted run; any other character is text again
            if (i < text.length() && text.charAt(i) == '-') {
                i++;
            }
        }
        return out.toString();
    }

    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : c == '/' ? 63 : -1;
    }
}
