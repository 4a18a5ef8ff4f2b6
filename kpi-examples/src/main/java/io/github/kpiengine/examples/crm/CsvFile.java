package io.github.kpiengine.examples.crm;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.RecordType;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;

/**
 * Streams a CSV file through FastCSV, record by record, into a {@link Sink}: RFC 4180 quoting, a
 * byte-order mark (UTF-8 or UTF-16) read and dropped, the delimiter ({@code ,} {@code ;} or tab)
 * detected from the header line unless given, blank lines skipped. Only the current record is held.
 */
final class CsvFile {

    /** The bytes read ahead to detect the byte-order mark and the delimiter, and to estimate rows. */
    private static final int PREFIX = 1 << 16;

    private static final char[] DELIMITERS = {',', ';', '\t'};

    /** Receives the header and then every data record of a file. */
    interface Sink {
        /** The first record that is not blank. */
        void header(Row header);

        /** Every later record; a bad one is the sink's to report. */
        void row(Row row);
    }

    private CsvFile() {
    }

    /**
     * Reads a file into a sink.
     *
     * @param input the file
     * @param delimiter the delimiter, or 0 to detect it
     * @param encoding the encoding unless a byte-order mark says otherwise
     * @return true if the file had a header
     * @throws CrmException if the file is missing, unreadable, not text in the encoding, or its quoting is broken
     */
    static boolean read(Input input, char delimiter, Charset encoding, Sink sink) {
        Handler handler = new Handler();
        try (InputStream raw = input.open(); BufferedInputStream in = new BufferedInputStream(raw, PREFIX)) {
            in.mark(PREFIX);
            byte[] prefix = in.readNBytes(PREFIX);
            in.reset();
            Charset charset = encoding;
            int bom = 0;
            if (startsWith(prefix, 0xEF, 0xBB, 0xBF)) {
                charset = StandardCharsets.UTF_8;
                bom = 3;
            } else if (startsWith(prefix, 0xFF, 0xFE)) {
                charset = StandardCharsets.UTF_16LE;
                bom = 2;
            } else if (startsWith(prefix, 0xFE, 0xFF)) {
                charset = StandardCharsets.UTF_16BE;
                bom = 2;
            }
            in.skipNBytes(bom);
            char separator = delimiter != 0 ? delimiter
                    : detect(new String(prefix, bom, prefix.length - bom, charset));
            Reader reader = new InputStreamReader(in, charset.newDecoder());
            boolean header = false;
            try (CsvReader<Row> csv = CsvReader.builder()
                    .fieldSeparator(separator)
                    .skipEmptyLines(true)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .allowUnclosedQuote(false)
                    .build(handler, reader)) {
                for (Row row : csv) {
                    if (!header) {
                        if (row.isBlank()) {
                            continue;
                        }
                        header = true;
                        sink.header(row);
                    } else {
                        sink.row(row);
                    }
                }
            }
            return header;
        } catch (NoSuchFileException e) {
            throw new CrmException(input.name() + ": no such file");
        } catch (CharacterCodingException e) {
            // The decoder reads ahead, so the line is not known.
            throw new CrmException(input.name() + ": not " + encoding.name() + " text");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new CrmException(input.name() + ": not " + encoding.name() + " text");
            }
            throw new CrmException(input.name() + ": cannot be read: " + e.getCause().getMessage());
        } catch (IOException e) {
            throw new CrmException(input.name() + ": cannot be read: " + e.getMessage());
        } catch (CsvParseException e) {
            String message = String.valueOf(e.getMessage());
            throw new CrmException(input.name() + ":" + handler.row.line() + ": "
                    + (message.startsWith("Unclosed quoted field") ? "a quoted field is not closed"
                            : message.lines().findFirst().orElse("not CSV")));
        }
    }

    /**
     * Estimates the number of records of a file from the length of the lines at its start.
     *
     * @param input the file
     * @return the estimate, 0 when the file cannot be read (reading it will say why)
     */
    static int estimateRows(Input input) {
        try (InputStream in = input.open()) {
            byte[] prefix = in.readNBytes(PREFIX);
            int lines = 0;
            for (byte b : prefix) {
                if (b == '\n') {
                    lines++;
                }
            }
            if (lines == 0) {
                return 0;
            }
            long estimate = input.size() * lines / prefix.length;
            return (int) Math.min(estimate + estimate / 20, Integer.MAX_VALUE - 16);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The delimiter of the header: whichever of , ; and tab the first line that is not blank holds
     * most of outside quotes. A blank line above the header (spaces, or tabs) says nothing.
     */
    static char detect(String text) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length() && (Row.isBlank(text.charAt(i)) || text.charAt(i) == '\n'
                || text.charAt(i) == '\r'); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                start = i + 1;
            }
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Copies each record's fields into the one {@link Row}. */
    private static final class Handler extends AbstractBaseCsvCallbackHandler<Row> {

        private final Row row = new Row();

        @Override
        protected void handleBegin(long startingLineNumber) {
            row.begin(startingLineNumber);
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            row.add(buf, offset, len);
        }

        @Override
        protected Row buildRecord() {
            return getRecordType() == RecordType.DATA ? row : null;
        }
    }
}
