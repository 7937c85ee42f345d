package org.cadrage.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A tolerant RFC-4180 record reader. Quoted fields may span lines and contain doubled quotes. Deviations are
 * tolerated and reported as record warnings: a quote inside a quoted field that is followed by neither a quote, the
 * delimiter nor a line end is kept as a literal character (the rest of the field is read unquoted); a quote that
 * never closes is closed at the end of its line when the next line looks like a new record (it parses alone into
 * the expected number of fields and its first field has the shape of the previous record's first field), at the
 * end of the file, or when the field would run past {@value #MAX_FIELD_LINES} lines; if splitting the unclosed
 * field's text at the delimiter then gives the expected field count, it is split (the opening quote was stray). Field text is kept exactly
 * as written (line breaks inside quoted fields included). Not thread-safe: one instance reads one stream.
 */
final class CsvParser {
    static final int MAX_FIELD_LINES = 200;

    /** A record: its first line (1-based), its fields, and remarks about irregular quoting. */
    record Record(int line, List<String> fields, List<String> warnings) {
    }

    private final Lines lines;
    private final char delimiter;
    private int expected = -1;
    private String firstShape;

    CsvParser(Reader reader, char delimiter) {
        this.lines = new Lines(reader);
        this.delimiter = delimiter;
    }

    /** Sets the field count records should have (the header's), used to recognise record starts. */
    void expectFields(int count) {
        expected = count;
    }

    /** The next non-blank record, or {@code null} at the end. */
    Record next() throws IOException {
        String first;
        do {
            first = lines.next();
            if (first == null) {
                return null;
            }
        } while (first.isBlank());
        Record r = parse(first, lines.number(), false);
        if (!r.fields().isEmpty() && (expected < 0 || r.fields().size() == expected)) {
            firstShape = shape(r.fields().get(0));
        }
        return r;
    }

    private Record parse(String firstLine, int startLine, boolean closeAtFirstLineEnd) throws IOException {
        List<String> consumed = new ArrayList<>();
        consumed.add(firstLine);
        List<String> fields = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String line = firstLine;
        int pos = 0;
        int lineNo = startLine;
        int quoteLine = startLine;
        State state = State.START;
        while (true) {
            boolean atEnd = pos >= line.length() || line.charAt(pos) == '\n' || line.charAt(pos) == '\r';
            if (atEnd && state != State.QUOTED) {
                fields.add(field.toString());
                return new Record(startLine, fields, warnings);
            }
            if (atEnd) {
                String next = lines.peek();
                boolean tooLong = consumed.size() >= MAX_FIELD_LINES;
                if ((next == null || tooLong) && consumed.size() > 1) {
                    for (int i = consumed.size() - 1; i >= 1; i--) {
                        lines.pushBack(consumed.get(i));
                    }
                    return parse(firstLine, startLine, true);
                }
                if (closeAtFirstLineEnd || next == null || looksLikeRecord(next, fields)) {
                    warnings.add("quote opened on line " + quoteLine + " never closes; field " + (fields.size() + 1)
                            + " ended at the end of line " + lineNo);
                    List<String> parts = List.of(field.toString().split(Pattern.quote(String.valueOf(delimiter)), -1));
                    if (expected > 0 && fields.size() + parts.size() == expected) {
                        fields.addAll(parts);
                    } else {
                        fields.add(field.toString());
                    }
                    return new Record(startLine, fields, warnings);
                }
                field.append(line, pos, line.length());
                line = lines.next();
                consumed.add(line);
                lineNo++;
                pos = 0;
                continue;
            }
            char c = line.charAt(pos);
            switch (state) {
                case START, PLAIN -> {
                    if (c == '"' && state == State.START) {
                        state = State.QUOTED;
                        quoteLine = lineNo;
                    } else if (c == delimiter) {
                        fields.add(field.toString());
                        field.setLength(0);
                        state = State.START;
                    } else {
                        field.append(c);
                        state = State.PLAIN;
                    }
                    pos++;
                }
                case QUOTED -> {
                    if (c != '"') {
                        field.append(c);
                        pos++;
                    } else if (pos + 1 < line.length() && line.charAt(pos + 1) == '"') {
                        field.append('"');
                        pos += 2;
                    } else if (pos + 1 >= line.length() || line.charAt(pos + 1) == delimiter
                            || line.charAt(pos + 1) == '\n' || line.charAt(pos + 1) == '\r') {
                        state = State.PLAIN;
                        pos++;
                    } else {
                        warnings.add("stray quote in field " + (fields.size() + 1) + " on line " + lineNo
                                + "; kept as text");
                        field.append('"');
                        state = State.PLAIN;
                        pos++;
                    }
                }
                default -> throw new IllegalStateException(state.name());
            }
        }
    }

    /** Whether {@code line} alone parses into the expected number of fields with a familiar first field. */
    private boolean looksLikeRecord(String line, List<String> currentFields) {
        if (expected < 0) {
            return false;
        }
        List<String> fields = splitLine(line);
        if (fields == null || fields.size() != expected) {
            return false;
        }
        String reference = currentFields.isEmpty() ? firstShape : shape(currentFields.get(0));
        return reference == null || reference.equals(shape(fields.get(0)));
    }

    /** Fields of a single line, or {@code null} when a quote stays open at its end. */
    List<String> splitLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < end && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == delimiter) {
                fields.add(f.toString());
                f.setLength(0);
                fieldStart = true;
            } else {
                f.append(c);
                fieldStart = false;
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(f.toString());
        return fields;
    }

    /** Digit runs become {@code 9}, letter runs {@code a}, space runs one space; other characters stay. */
    static String shape(String field) {
        return field.strip().replaceAll("\\d+", "9").replaceAll("\\p{L}+", "a").replaceAll("\\s+", " ");
    }

    private enum State { START, PLAIN, QUOTED }

    /** Lines with their terminators, numbered from 1, with one-line look-ahead and push-back. */
    static final class Lines {
        private final Reader reader;
        private final Deque<String> pending = new ArrayDeque<>();
        private final char[] buf = new char[8192];
        private int len;
        private int pos;
        private int number;

        Lines(Reader reader) {
            this.reader = reader;
        }

        int number() {
            return number;
        }

        String next() throws IOException {
            String l = pending.isEmpty() ? read() : pending.pop();
            if (l != null) {
                number++;
            }
            return l;
        }

        String peek() throws IOException {
            if (pending.isEmpty()) {
                String l = read();
                if (l == null) {
                    return null;
                }
                pending.push(l);
            }
            return pending.peek();
        }

        void pushBack(String line) {
            pending.push(line);
            number--;
        }

        private String read() throws IOException {
            StringBuilder sb = null;
            while (true) {
                if (pos == len) {
                    len = reader.read(buf);
                    pos = 0;
                    if (len <= 0) {
                        len = 0;
                        return sb == null ? null : sb.toString();
                    }
                }
                if (sb == null) {
                    sb = new StringBuilder();
                }
                char c = buf[pos++];
                sb.append(c);
                if (c == '\n') {
                    return sb.toString();
                }
                if (c == '\r') {
                    if (pos == len) {
                        len = reader.read(buf);
                        pos = 0;
                        if (len <= 0) {
                            len = 0;
                            return sb.toString();
                        }
                    }
                    if (buf[pos] == '\n') {
                        sb.append('\n');
                        pos++;
                    }
                    return sb.toString();
                }
            }
        }
    }
}
