package io.github.kpiengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Source;
import io.github.kpiengine.kpi.Condition;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.kpi.Kpis;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AccumulatorEncodingTest {

    private static final Grouping BY_WEEK = Grouping.byRepAndWeek(WorkCalendar.standard());
    private static final CompiledScorecard COMPILED = CompiledScorecard.of(RandomLogs.EVERY_KPI, RandomLogs.SPRING_2026,
            BY_WEEK);
    private static final ActivityLog LOG = RandomLogs.log(RandomLogs.activities(3, 2_000),
            RandomLogs.opportunities(3, 300), RandomLogs.wallets(3));
    private static final byte[] ENCODED = COMPILED.newAccumulator().addAll(LOG).toByteArray();

    @Test
    void decode_ofEncoding_givesTheSameFiguresAndBytes() {
        ScorecardAccumulator decoded = COMPILED.decode(ENCODED);

        assertThat(decoded.result()).isEqualTo(Engine.evaluate(RandomLogs.EVERY_KPI, LOG, RandomLogs.SPRING_2026, BY_WEEK));
        assertThat(decoded.toByteArray()).isEqualTo(ENCODED);
    }

    @Test
    void decode_everyTruncation_isRefused() {
        for (int length = 0; length < ENCODED.length; length++) {
            byte[] truncated = Arrays.copyOf(ENCODED, length);
            assertThatThrownBy(() -> COMPILED.decode(truncated)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void decode_shortBytes_sayTheyAreTruncated() {
        assertThatThrownBy(() -> COMPILED.decode(new byte[5]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("encoding must hold at least 17 bytes (a header and a checksum): 5 bytes, truncated");
    }

    @Test
    void decode_unknownVersion_isRefused() {
        byte[] later = ENCODED.clone();
        later[4] = 2;

        assertThatThrownBy(() -> COMPILED.decode(later))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("encoding version must be 1 (this library reads no other): 2");
    }

    @Test
    void decode_wrongMark_isRefused() {
        byte[] other = ENCODED.clone();
        other[0] = 'X';

        assertThatThrownBy(() -> COMPILED.decode(other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("encoding must start with KPIA, an accumulator's mark: 58504941");
    }

    @Test
    void decode_everyFlippedBit_isRefused() {
        for (int bit = 0; bit < ENCODED.length * 8; bit += 7) {
            byte[] corrupted = ENCODED.clone();
            corrupted[bit / 8] ^= (byte) (1 << bit % 8);
            assertThatThrownBy(() -> COMPILED.decode(corrupted)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void decode_ofAnotherScorecard_isRefused() {
        CompiledScorecard other = CompiledScorecard.of(Scorecard.of(Kpis.activityCount(ActivityType.DEMO)),
                RandomLogs.SPRING_2026, BY_WEEK);
        CompiledScorecard otherPeriod = CompiledScorecard.of(RandomLogs.EVERY_KPI, RandomLogs.MARCH_2026, BY_WEEK);

        assertThatThrownBy(() -> other.decode(ENCODED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("encoding must be of this compiled scorecard (definitions, period and grouping"
                        + " of rows): fingerprint ");
        assertThatThrownBy(() -> otherPeriod.decode(ENCODED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> other.newAccumulator().merge(COMPILED.decode(ENCODED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("other must accumulate the same compiled scorecard");
    }

    /**
     * The digest names the scorecard the same way in every runtime: a condition's sets are written
     * sorted, not in their hash order (which changes from one JVM to the next), so an encoding made
     * on one machine decodes on another.
     */
    @Test
    void fingerprint_ofSetsOfSourcesAndOutcomes_isTheSameInEveryRuntime() {
        Scorecard scorecard = Scorecard.of(
                Kpis.where(Kpis.winRate(), Condition.sourceIn(Source.INBOUND, Source.CLIENT_REFERRAL,
                        Source.PARTNER_REFERRAL, Source.COLD_OUTREACH)),
                Kpis.where(Kpis.activityCount(ActivityType.DEMO), Condition.outcomeIn(Outcome.ADVANCED,
                        Outcome.ORDER_COMMITMENT, Outcome.REFERRAL_LIST)),
                Kpis.where(Kpis.where(Kpis.activityCount(ActivityType.COLD_CALL), Condition.attribute("segment", "smb")),
                        Condition.attribute("region", "north")));

        long fingerprint = CompiledScorecard.of(scorecard, RandomLogs.MARCH_2026, BY_WEEK).fingerprint();

        assertThat(Long.toHexString(fingerprint)).isEqualTo("1e7b4a0db87ae36a");
    }

    @Property(tries = 1000)
    void decode_randomBytes_isRefused(@ForAll @Size(max = 300) byte[] bytes) {
        assertThatThrownBy(() -> COMPILED.decode(bytes)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 1000)
    void decode_randomBodyWithAValidChecksum_isRefusedOrRead_neverAnotherException(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 400) int length, @ForAll @IntRange(min = 0, max = 2) int start) {
        Random random = new Random(seed);
        byte[] bytes = start == 0 ? new byte[17 + length] : Arrays.copyOf(ENCODED, Math.min(ENCODED.length, 17 + length));
        for (int i = start == 0 ? 13 : 13 + random.nextInt(Math.max(1, bytes.length - 17)); i < bytes.length - 4; i++) {
            bytes[i] = (byte) random.nextInt(start == 2 ? 4 : 256);
        }
        System.arraycopy(ENCODED, 0, bytes, 0, 13);
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        int checksum = (int) crc.getValue();
        for (int k = 0; k < 4; k++) {
            bytes[bytes.length - 4 + k] = (byte) (checksum >>> 24 - 8 * k);
        }
        try {
            COMPILED.decode(bytes);
        } catch (IllegalArgumentException refused) {
            assertThat(refused).hasMessageContaining(":");
        }
        try {
            AccumulatorCodec.decode(bytes, null);
        } catch (IllegalArgumentException refused) {
            assertThat(refused).hasMessageContaining(":");
        }
    }

    @Test
    void javaSerialization_goesThroughTheEncoding_andTheCopyMergesIntoOneOfItsScorecard() throws Exception {
        ScorecardAccumulator original = COMPILED.newAccumulator().addAll(LOG);

        Object copy = deserialize(serialize(original));

        assertThat(copy).isInstanceOf(ScorecardAccumulator.class);
        ScorecardAccumulator detached = (ScorecardAccumulator) copy;
        assertThat(detached.compiledScorecard()).isEmpty();
        assertThat(detached.toByteArray()).isEqualTo(ENCODED);
        assertThatThrownBy(detached::result)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("accumulator was read back without its scorecard: merge it into one made by"
                        + " CompiledScorecard.newAccumulator(), or read its bytes with CompiledScorecard.decode");
        assertThat(COMPILED.newAccumulator().merge(detached).result()).isEqualTo(original.result());
    }

    @Test
    void encoding_ofAYearOf500RepsByWeek_isCompact() {
        SalesPeriod year = SalesPeriod.ofYear(2026);
        CompiledScorecard compiled = CompiledScorecard.of(Scorecard.of(Kpis.activityCount(ActivityType.COLD_CALL),
                Kpis.winRate()), year, BY_WEEK);
        ScorecardAccumulator accumulator = compiled.newAccumulator();
        for (int r = 0; r < 500; r++) {
            accumulator.add(io.github.kpiengine.Activity.of("rep" + r, ActivityType.COLD_CALL, year.start()));
        }

        // 500 reps × 53 weeks × 3 counters, one byte each when small, plus the ids.
        assertThat(accumulator.toByteArray().length).isBetween(79_500, 85_000);
    }

    private static byte[] serialize(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }
}
