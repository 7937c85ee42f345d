package org.cadrage.extract.credit;

import org.cadrage.extract.DataFile;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registry of outlets, agencies, platforms and official bodies, loaded from a documented tab-separated file
 * ({@code outlets.tsv} next to this class; its header explains the columns).
 *
 * <p>Names match ignoring case, accents, apostrophes, spaces, hyphens and dots, except all-capital variants of at
 * most three characters (RT, AP, FT, DW) which match only with exactly that case. Hosts match a registered domain or
 * any of its subdomains. {@link #scan} finds every registered name in a text with one precompiled regex.
 *
 * <p>Immutable and thread-safe. Lookup methods accept {@code null} and then return an empty result.
 */
public final class OutletRegistry {
    private static final String RESOURCE = "outlets.tsv";
    private static final int COLUMNS = 8;
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z0-9]{1,3}");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:le|la|les|l'|the)\\s*");
    private static final Pattern NON_KEY = Pattern.compile("[^\\p{L}\\p{N}@]+");
    private static final Pattern HOST_PREFIX = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://");

    private final List<Outlet> all;
    private final Map<String, Outlet> exact = new HashMap<>();
    private final Map<String, Outlet> byKey = new HashMap<>();
    private final Set<String> lowercaseKeys = new HashSet<>();
    private final Map<String, Outlet> byDomain = new HashMap<>();
    private final Pattern names;

    /** A registered name found in a text: {@code [start, end)} into the scanned text. */
    public record NameHit(int start, int end, Outlet outlet) {
    }

    private OutletRegistry(List<Outlet> outlets, String source, List<Integer> lines) {
        this.all = List.copyOf(outlets);
        Map<String, String> owners = new HashMap<>();
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < outlets.size(); i++) {
            Outlet o = outlets.get(i);
            String where = source + " line " + lines.get(i);
            for (String v : o.variants()) {
                boolean caseSensitive = ABBREVIATION.matcher(v).matches();
                String k = caseSensitive ? v : key(v);
                if (k.isEmpty()) {
                    throw new IllegalArgumentException(where + ": variant '" + v + "' has no letters");
                }
                Map<String, Outlet> target = caseSensitive ? exact : byKey;
                Outlet previous = target.putIfAbsent(k, o);
                if (previous != null && previous != o) {
                    throw new IllegalArgumentException(where + ": variant '" + v + "' of " + o.name()
                            + " already belongs to " + previous.name());
                }
                if (!caseSensitive && v.equals(v.toLowerCase(Locale.ROOT))) {
                    lowercaseKeys.add(k);
                }
                String alt = caseSensitive ? "(?-i:" + Pattern.quote(v) + ")" : variantRegex(v);
                if (owners.putIfAbsent(alt, o.name()) == null) {
                    alternatives.add(alt);
                }
            }
            for (String d : o.domains()) {
                Outlet previous = byDomain.putIfAbsent(d, o);
                if (previous != null) {
                    throw new IllegalArgumentException(where + ": domain '" + d + "' already belongs to "
                            + previous.name());
                }
            }
        }
        alternatives.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.names = Pattern.compile("(?<![\\p{L}\\p{N}@])(?:" + String.join("|", alternatives)
                + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static final class Default {
        static final OutletRegistry INSTANCE = readResource();

        private static OutletRegistry readResource() {
            return parse(DataFile.read(OutletRegistry.class, RESOURCE), RESOURCE);
        }
    }

    /** The default registry from the bundled {@code outlets.tsv}, loaded once. */
    public static OutletRegistry load() {
        return Default.INSTANCE;
    }

    /**
     * Parses registry data in the {@code outlets.tsv} format.
     *
     * @param content the file content
     * @param source  a name for error messages
     * @throws IllegalArgumentException naming {@code source} and the line on any malformed entry
     */
    public static OutletRegistry parse(String content, String source) {
        List<Outlet> outlets = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DataFile.Line entry : DataFile.lines(content, source)) {
            String line = entry.text();
            String where = entry.where();
            String[] c = line.split("\t", -1);
            if (c.length != COLUMNS) {
                throw new IllegalArgumentException(where + ": expected " + COLUMNS + " tab-separated columns, found "
                        + c.length);
            }
            for (int i = 0; i < c.length; i++) {
                c[i] = c[i].strip();
                if (c[i].isEmpty()) {
                    throw new IllegalArgumentException(where + ": column " + (i + 1) + " is empty (use '-' for none)");
                }
            }
            if (!c[5].equals("true") && !c[5].equals("false")) {
                throw new IllegalArgumentException(where + ": stateAffiliated must be true or false, got '" + c[5]
                        + "'");
            }
            if (!seen.add(c[0])) {
                throw new IllegalArgumentException(where + ": duplicate outlet name '" + c[0] + "'");
            }
            List<String> variants = new ArrayList<>(List.of(c[0]));
            for (String v : list(c[1])) {
                if (!variants.contains(v)) {
                    variants.add(v);
                }
            }
            try {
                outlets.add(new Outlet(c[0], variants, list(c[2]), c[3], c[4], Boolean.parseBoolean(c[5]), c[6],
                        c[7]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            lineNumbers.add(entry.number());
        }
        return new OutletRegistry(outlets, source, lineNumbers);
    }

    private static List<String> list(String column) {
        if (column.equals("-")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : column.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** Every outlet, in file order. */
    public List<Outlet> all() {
        return all;
    }

    /**
     * The outlet with this name or variant (« RIA-Novosti », « ministere russe de la defense », « l'AFP »); a
     * leading article (le, la, les, l', the) is ignored when the full name is not registered.
     */
    public Optional<Outlet> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String s = fold(name).strip();
        Outlet o = exact.get(s);
        if (o == null) {
            o = byKey.get(key(s));
        }
        if (o == null) {
            Matcher m = LEADING_ARTICLE.matcher(s);
            if (m.find() && m.end() < s.length()) {
                String rest = s.substring(m.end());
                o = exact.getOrDefault(rest, byKey.get(key(rest)));
            }
        }
        return Optional.ofNullable(o);
    }

    /**
     * The outlet whose registered domain is {@code host} or a parent of it ({@code francais.rt.com} → RT); the
     * longest registered suffix wins. A scheme, port, path or trailing dot around the host is ignored.
     */
    public Optional<Outlet> byDomain(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String h = HOST_PREFIX.matcher(host.strip()).replaceFirst("").toLowerCase(Locale.ROOT);
        int cut = indexOfAny(h, "/?#:");
        if (cut >= 0) {
            h = h.substring(0, cut);
        }
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        while (!h.isEmpty()) {
            Outlet o = byDomain.get(h);
            if (o != null) {
                return Optional.of(o);
            }
            int dot = h.indexOf('.');
            if (dot < 0) {
                break;
            }
            h = h.substring(dot + 1);
        }
        return Optional.empty();
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Every registered name in {@code text}, left to right, longest first at each position. A variant written with
     * capitals in the registry must contain a capital in the text too (« le monde » is not « Le Monde »).
     */
    public List<NameHit> scan(String text) {
        String folded = fold(text);
        List<NameHit> hits = new ArrayList<>();
        Matcher m = names.matcher(folded);
        while (m.find()) {
            String found = m.group();
            Outlet o = exact.get(found);
            if (o == null) {
                String k = key(found);
                o = byKey.get(k);
                if (o == null || (!lowercaseKeys.contains(k) && found.equals(found.toLowerCase(Locale.ROOT))
                        && !found.startsWith("@"))) {
                    continue;
                }
            }
            hits.add(new NameHit(m.start(), m.end(), o));
        }
        return hits;
    }

    /**
     * Removes accents letter by letter, keeping case and length ({@code fold(s).length() == s.length()}), so that
     * offsets into the folded text are offsets into {@code s}.
     */
    public static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                sb.append(c);
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            boolean accented = d.length() > 1 && Character.isLetter(d.charAt(0));
            for (int k = 1; k < d.length() && accented; k++) {
                accented = Character.getType(d.charAt(k)) == Character.NON_SPACING_MARK;
            }
            sb.append(accented ? d.charAt(0) : c == '\u2019' ? '\'' : c);
        }
        return sb.toString();
    }

    private static String key(String s) {
        return NON_KEY.matcher(fold(s).toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static String variantRegex(String variant) {
        List<String> parts = new ArrayList<>();
        for (String token : NON_KEY.split(fold(variant))) {
            if (!token.isEmpty()) {
                parts.add(Pattern.quote(token));
            }
        }
        return String.join("[ \\t\\u00A0\\u202F\\-'.\\u2019]{0,2}", parts);
    }
}
