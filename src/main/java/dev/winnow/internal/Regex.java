package dev.winnow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Small regular-expression helpers. */
public final class Regex {
    private Regex() {}

    /**
     * The top-level alternatives of {@code regex} ("a|b(c|d)" gives "a" and "b(c|d)"), or the regex alone when it
     * has none, sets flags inline (which would then hold for the first alternative only), or uses what this
     * reading does not follow: quoting ({@code \\Q...\\E}), nested classes, a class opening with ']'. Some
     * alternative finds a match wherever the whole does.
     */
    public static List<String> alternatives(String regex) {
        if (regex.contains("\\Q") || regex.contains("[]") || regex.contains("[^]")) return List.of(regex);
        List<String> out = new ArrayList<>();
        int depth = 0, from = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == '[') return List.of(regex); // a class within a class
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                if (depth == 0 && regex.startsWith("(?", i) && i + 2 < regex.length()
                        && (Character.isLetter(regex.charAt(i + 2)) || regex.charAt(i + 2) == '-')) return List.of(regex);
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        if (inClass || depth != 0) return List.of(regex); // malformed: Pattern.compile will say why
        out.add(regex.substring(from));
        return out;
    }

    /** The named group's text, or {@code null} when the pattern has no such group or it did not take part. */
    public static String group(Matcher m, String name) {
        return m.pattern().pattern().contains("(?<" + name + ">") ? m.group(name) : null;
    }
}
