package io.github.kpiengine.engine;

import io.github.kpiengine.Source;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The byte encoding of an accumulator, version 1. Every integer is a variable-length quantity
 * (seven bits a byte, signed values zig-zagged); every text is its UTF-8 length and bytes.
 *
 * <pre>
 * "KPIA" version(1 byte) fingerprint(8 bytes) rowsPerRep width sampleSlots walletRules clientRules
 * currency: 0, or 1 and its ISO code
 * reps: count, then each id
 * counters: reps × rowsPerRep × width signed values, row by row
 * samples: count of non-empty lists, then each: row, slot, count, the signed values
 * accounts, in id order: count, then each: id, flags (1 first win, 2 wallet, 4 wallet revenue,
 *   8 waiting activities), then what the flags say:
 *   first win: day, opportunity id, rep, source id, source name, referral (0 or 1);
 *   wallet: owner rep, spend; wallet revenue: walletRules × rowsPerRep signed values;
 *   waiting activities: count, then each: client rule, row, day, value
 * CRC-32 of everything before it (4 bytes, big-endian)
 * </pre>
 *
 * <p>Decoding refuses, with an {@link IllegalArgumentException}, bytes that are truncated, have
 * trailing bytes, a wrong checksum, an unknown version, another scorecard's fingerprint or
 * dimensions, or any value out of range: nothing wrong is ever turned into a figure.
 */
final class AccumulatorCodec {

    static final int VERSION = 1;
    private static final byte[] MAGIC = {'K', 'P', 'I', 'A'};
    private static final int HEADER = MAGIC.length + 1 + 8;

    private AccumulatorCodec() {
    }

    static byte[] encode(ScorecardAccumulator a) {
        a.settle();
        Writer out = new Writer(64 + a.reps.size() * (16 + a.rowsPerRep * a.width * 2));
        out.bytes(MAGIC);
        out.raw(VERSION);
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.raw((int) (a.fingerprint() >>> shift));
        }
        out.unsigned(a.rowsPerRep);
        out.unsigned(a.width);
        out.unsigned(a.sampleSlots);
        out.unsigned(a.walletRules);
        out.unsigned(a.clientRules);
        if (a.currency == null) {
            out.unsigned(0);
        } else {
            out.unsigned(1);
            out.text(a.currency.getCurrencyCode());
        }
        out.unsigned(a.reps.size());
        for (String rep : a.reps) {
            out.text(rep);
        }
        int rows = a.reps.size() * a.rowsPerRep;
        for (int i = 0, n = rows * a.width; i < n; i++) {
            out.signed(a.parts[i]);
        }
        int lists = 0;
        int slots = rows * a.sampleSlots;
        for (int at = 0; at < slots; at++) {
            lists += a.sampleCounts[at] > 0 ? 1 : 0;
        }
        out.unsigned(lists);
        for (int at = 0; at < slots; at++) {
            int count = a.sampleCounts[at];
            if (count > 0) {
                out.unsigned(at / a.sampleSlots);
                out.unsigned(at % a.sampleSlots);
                out.unsigned(count);
                int[] values = Arrays.copyOf(a.samples[at], count);
                Arrays.sort(values);
                for (int value : values) {
                    out.signed(value);
                }
            }
        }
        List<String> ids = new ArrayList<>(a.accounts.keySet());
        ids.sort(null);
        out.unsigned(ids.size());
        for (String id : ids) {
            AccountState account = a.accounts.get(id);
            out.text(id);
            int flags = (account.firstWinDay != AccountState.NONE ? 1 : 0) | (account.walletOwner >= 0 ? 2 : 0)
                    | (account.walletRevenue != null ? 4 : 0) | (account.deferredCount > 0 ? 8 : 0);
            out.unsigned(flags);
            if (account.firstWinDay != AccountState.NONE) {
                out.signed(account.firstWinDay);
                out.text(account.firstWinId);
                out.unsigned(account.firstWinRep);
                out.text(account.firstWinSource.id());
                out.text(account.firstWinSource.displayName());
                out.unsigned(account.firstWinSource.referral() ? 1 : 0);
            }
            if (account.walletOwner >= 0) {
                out.unsigned(account.walletOwner);
                out.signed(account.walletSpend);
            }
            if (account.walletRevenue != null) {
                for (long value : account.walletRevenue) {
                    out.signed(value);
                }
            }
            if (account.deferredCount > 0) {
                out.unsigned(account.deferredCount);
                for (int e = 0; e < account.deferredCount; e++) {
                    out.unsigned(account.deferred[e * 3]);
                    out.unsigned(account.deferred[e * 3 + 1]);
                    out.signed(account.deferred[e * 3 + 2]);
                    out.signed(account.deferredValues[e]);
                }
            }
        }
        CRC32 crc = new CRC32();
        crc.update(out.buffer, 0, out.size);
        int checksum = (int) crc.getValue();
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.raw(checksum >>> shift);
        }
        return Arrays.copyOf(out.buffer, out.size);
    }

    /** Reads an encoding; with a plan, checks it is the plan's and binds the result to it. */
    static ScorecardAccumulator decode(byte[] bytes, CompiledScorecard plan) {
        if (bytes.length < HEADER + 4) {
            throw new IllegalArgumentException("encoding must hold at least " + (HEADER + 4)
                    + " bytes (a header and a checksum): " + bytes.length + " bytes, truncated");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                throw new IllegalArgumentException("encoding must start with KPIA, an accumulator's mark: "
                        + hex(bytes, 0, MAGIC.length));
            }
        }
        int version = bytes[MAGIC.length] & 0xFF;
        if (version != VERSION) {
            throw new IllegalArgumentException("encoding version must be " + VERSION
                    + " (this library reads no other): " + version);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        int expected = (int) crc.getValue();
        int found = ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt();
        if (expected != found) {
            throw new IllegalArgumentException("encoding must match its checksum (it is truncated or corrupted): "
                    + Integer.toHexString(found) + " against " + Integer.toHexString(expected));
        }
        long fingerprint = ByteBuffer.wrap(bytes, MAGIC.length + 1, 8).getLong();
        Reader in = new Reader(bytes, HEADER, bytes.length - 4);
        int rowsPerRep = in.count("rowsPerRep", 1 << 20);
        int width = in.count("width", 1 << 20);
        int sampleSlots = in.count("sampleSlots", 1 << 20);
        int walletRules = in.count("walletRules", 1 << 20);
        int clientRules = in.count("clientRules", 1 << 20);
        if (plan != null && (fingerprint != plan.fingerprint() || rowsPerRep != plan.rowsPerRep || width != plan.width
                || sampleSlots != plan.sampleSlots || walletRules != plan.walletRules
                || clientRules != plan.clientRules.length)) {
            throw new IllegalArgumentException("encoding must be of this compiled scorecard (definitions, period and"
                    + " grouping of rows): fingerprint " + Long.toHexString(fingerprint) + " against "
                    + Long.toHexString(plan.fingerprint()));
        }
        if (rowsPerRep == 0) {
            throw new IllegalArgumentException("rowsPerRep must be positive: 0");
        }
        ScorecardAccumulator a = new ScorecardAccumulator(plan, fingerprint, rowsPerRep, width, sampleSlots,
                walletRules, clientRules);
        int hasCurrency = in.count("currency flag", 1);
        if (hasCurrency == 1) {
            String code = in.text("currency");
            try {
                a.currency = Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("currency must be an ISO 4217 code: " + code, e);
            }
        }
        int reps = in.count("reps", in.remaining());
        long rowCount = (long) reps * rowsPerRep;
        if (rowCount * width > in.remaining() || rowCount * sampleSlots > ActivityLog.MAX_CAPACITY) {
            throw new IllegalArgumentException("encoding is truncated: " + reps + " reps of " + rowsPerRep + " rows of "
                    + width + " counters in " + in.remaining() + " bytes");
        }
        Set<String> seen = new HashSet<>();
        for (int r = 0; r < reps; r++) {
            String rep = in.text("rep");
            if (!seen.add(rep) || rep.isBlank()) {
                throw new IllegalArgumentException("rep must be a new, non-blank id: \"" + rep + "\"");
            }
            a.repOf(rep);
        }
        int rows = Math.multiplyExact(reps, rowsPerRep);
        long values = (long) rows * width;
        if (values > in.remaining()) {
            throw new IllegalArgumentException("encoding is truncated: " + values + " counters in "
                    + in.remaining() + " bytes");
        }
        for (int i = 0; i < values; i++) {
            a.parts[i] = in.signed("counter");
        }
        int lists = in.count("sample lists", in.remaining());
        for (int l = 0; l < lists; l++) {
            int row = in.index("sample row", rows);
            int slot = in.index("sample slot", sampleSlots);
            if (a.sampleCounts[row * sampleSlots + slot] != 0) {
                throw new IllegalArgumentException("sample list must appear once: row " + row + ", slot " + slot);
            }
            int count = in.count("samples", in.remaining());
            for (int k = 0; k < count; k++) {
                a.addSample(row, slot, in.int32("sample"));
            }
        }
        int accounts = in.count("accounts", in.remaining());
        String previous = null;
        for (int k = 0; k < accounts; k++) {
            String id = in.text("account");
            if (previous != null && id.compareTo(previous) <= 0) {
                throw new IllegalArgumentException("accounts must be in increasing id order: " + id);
            }
            previous = id;
            AccountState account = a.account(id);
            int flags = in.count("account flags", 15);
            if ((flags & 1) != 0) {
                int day = in.int32("first win day");
                if (day == AccountState.NONE) {
                    throw new IllegalArgumentException("first win day must be a day: " + day);
                }
                account.firstWinDay = day;
                account.firstWinId = in.text("first win id");
                account.firstWinRep = in.index("first win rep", reps);
                account.firstWinSource = new Source(in.text("source id"), in.text("source name"),
                        in.count("referral", 1) == 1);
            }
            if ((flags & 2) != 0) {
                account.walletOwner = in.index("wallet owner", reps);
                account.walletSpend = in.signed("wallet spend");
            }
            if ((flags & 4) != 0) {
                int length = walletRules * rowsPerRep;
                if (length == 0) {
                    throw new IllegalArgumentException("wallet revenue must belong to a share-of-wallet rule: " + id);
                }
                account.walletRevenue = new long[length];
                for (int v = 0; v < length; v++) {
                    account.walletRevenue[v] = in.signed("wallet revenue");
                }
            }
            if ((flags & 8) != 0) {
                int count = in.count("waiting activities", in.remaining());
                for (int e = 0; e < count; e++) {
                    account.defer(in.index("client rule", clientRules), in.index("row", rows), in.int32("day"),
                            in.signed("value"));
                }
            }
        }
        if (in.remaining() != 0) {
            throw new IllegalArgumentException("encoding must end after its accounts: " + in.remaining()
                    + " trailing bytes");
        }
        return a;
    }

    private static String hex(byte[] bytes, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(String.format("%02x", bytes[i] & 0xFF));
        }
        return text.toString();
    }

    /** A growable byte array. */
    private static final class Writer {
        byte[] buffer;
        int size;

        Writer(int capacity) {
            buffer = new byte[Math.max(64, capacity)];
        }

        void raw(int b) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[size++] = (byte) b;
        }

        void bytes(byte[] bytes) {
            for (byte b : bytes) {
                raw(b);
            }
        }

        void unsigned(long value) {
            if (size + 10 > buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2 + 10);
            }
            while ((value & ~0x7FL) != 0) {
                buffer[size++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            buffer[size++] = (byte) value;
        }

        void signed(long value) {
            unsigned(value << 1 ^ value >> 63);
        }

        void text(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            unsigned(utf8.length);
            bytes(utf8);
        }
    }

    /** A bounded reader that names what it was reading when the bytes run out or a value is out of range. */
    private static final class Reader {
        private final byte[] bytes;
        private int at;
        private final int end;

        Reader(byte[] bytes, int from, int end) {
            this.bytes = bytes;
            this.at = from;
            this.end = end;
        }

        int remaining() {
            return end - at;
        }

        long unsigned(String what) {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (at >= end) {
                    throw new IllegalArgumentException("encoding is truncated: " + what + " missing at byte " + at);
                }
                byte b = bytes[at++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    if (shift == 63 && (b & 0x7E) != 0) {
                        break;
                    }
                    return value;
                }
            }
            throw new IllegalArgumentException(what + " must be a variable-length number of at most 10 bytes: at byte "
                    + at);
        }

        long signed(String what) {
            long raw = unsigned(what);
            return raw >>> 1 ^ -(raw & 1);
        }

        int int32(String what) {
            long value = signed(what);
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(what + " must fit an int: " + value);
            }
            return (int) value;
        }

        int count(String what, int max) {
            long value = unsigned(what);
            if (value < 0 || value > max) {
                throw new IllegalArgumentException(what + " must lie in [0, " + max + "]: " + value);
            }
            return (int) value;
        }

        int index(String what, int size) {
            long value = unsigned(what);
            if (value < 0 || value >= size) {
                throw new IllegalArgumentException(what + " must lie in [0, " + size + "): " + value);
            }
            return (int) value;
        }

        String text(String what) {
            int length = count(what + " length", remaining());
            try {
                CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, at, length));
                at += length;
                return chars.toString();
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException(what + " must be UTF-8 text: at byte " + at, e);
            }
        }
    }
}
