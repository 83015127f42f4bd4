package com.cagekeeper.support.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a string matching the simple patterns the spec declares for codes and document
 * numbers: a sequence of character classes ({@code [A-Z0-9-]}, {@code \d}) or literals, each
 * with an optional quantifier ({@code {2,10}}, {@code +}, {@code *}, {@code ?}). Anything more
 * (groups, alternation) is not generated: the caller falls back to the spec's example.
 */
final class Patterns {

    private Patterns() {
    }

    /** A matching string, or null when the pattern is beyond this generator. */
    static String generate(String pattern, Random random, int minLength, int maxLength) {
        if (pattern == null || pattern.isEmpty()) {
            return null;
        }
        String p = pattern;
        if (p.startsWith("^")) {
            p = p.substring(1);
        }
        if (p.endsWith("$")) {
            p = p.substring(0, p.length() - 1);
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < p.length()) {
            List<Character> chars = new ArrayList<>();
            char c = p.charAt(i);
            if (c == '[') {
                int end = p.indexOf(']', i + 1);
                if (end < 0) {
                    return null;
                }
                String body = p.substring(i + 1, end);
                if (body.startsWith("^")) {
                    return null;
                }
                for (int j = 0; j < body.length(); j++) {
                    if (j + 2 < body.length() && body.charAt(j + 1) == '-') {
                        for (char x = body.charAt(j); x <= body.charAt(j + 2); x++) {
                            chars.add(x);
                        }
                        j += 2;
                    } else {
                        chars.add(body.charAt(j));
                    }
                }
                i = end + 1;
            } else if (c == '\\' && i + 1 < p.length()) {
                char e = p.charAt(i + 1);
                if (e == 'd') {
                    for (char x = '0'; x <= '9'; x++) {
                        chars.add(x);
                    }
                } else if (e == 'S' || e == 'w') {
                    for (char x = 'a'; x <= 'z'; x++) {
                        chars.add(x);
                    }
                } else {
                    chars.add(e);
                }
                i += 2;
            } else if ("()|.".indexOf(c) >= 0) {
                return null;
            } else {
                chars.add(c);
                i++;
            }
            int min = 1;
            int max = 1;
            if (i < p.length()) {
                char q = p.charAt(i);
                if (q == '{') {
                    int end = p.indexOf('}', i);
                    String[] bounds = p.substring(i + 1, end).split(",", -1);
                    min = Integer.parseInt(bounds[0]);
                    max = bounds.length == 1 ? min : bounds[1].isEmpty() ? min + 8 : Integer.parseInt(bounds[1]);
                    i = end + 1;
                } else if (q == '+') {
                    min = 1;
                    max = 12;
                    i++;
                } else if (q == '*') {
                    min = 0;
                    max = 8;
                    i++;
                } else if (q == '?') {
                    min = 0;
                    max = 1;
                    i++;
                }
            }
            // a short random length, but long enough to be unique across runs
            int n = min + random.nextInt(Math.min(max, min + 10) - min + 1);
            n = Math.max(n, Math.min(max, 8));
            for (int k = 0; k < n; k++) {
                char pick = chars.get(random.nextInt(chars.size()));
                // a dash or space at the very start is legal in some classes but reads as junk; prefer a letter
                if (out.isEmpty() && (pick == '-' || pick == ' ')) {
                    pick = chars.get(0);
                }
                out.append(pick);
            }
        }
        String s = out.toString();
        if (s.length() > maxLength) {
            s = s.substring(0, maxLength);
        }
        return s.length() < minLength ? null : s;
    }
}
