package io.github.kpiengine.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.Activity;
import io.github.kpiengine.engine.ActivityLog;
import io.github.kpiengine.engine.Engine;
import io.github.kpiengine.examples.beam.StandardScorecard;
import io.github.kpiengine.examples.sample.SampleCompany;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The Spark aggregator on two local threads gives the sample company's single-machine figures. */
class ScorecardAggregatorTest {

    private static final StandardScorecard BY_WEEK = new StandardScorecard("2026", "first_appointment,proposal", true);

    @Test
    void aggregate_sampleCompanyActivitiesInEightPartitions_givesOneEvaluationsFigures() {
        SampleCompany company = SampleCompany.create();
        StructType schema = new StructType().add("rep", DataTypes.StringType).add("type", DataTypes.StringType)
                .add("date", DataTypes.StringType).add("account", DataTypes.StringType)
                .add("outcome", DataTypes.StringType).add("duration_minutes", DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        for (Activity a : company.activities()) {
            rows.add(RowFactory.create(a.repId(), a.type().id(), a.date().toString(), a.account().orElse(null),
                    a.outcome().name().toLowerCase(Locale.ROOT),
                    a.type().isTimed() ? String.valueOf(a.duration().toMinutes()) : null));
        }
        SparkSession spark = SparkSession.builder().appName("kpi-engine-test").master("local[2]")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        try {
            Dataset<Row> activities = spark.createDataFrame(rows, schema).repartition(8);

            byte[] encoded = activities.select(new ScorecardAggregator(BY_WEEK).toColumn()).as(
                    org.apache.spark.sql.Encoders.BINARY()).first();

            ActivityLog log = ActivityLog.create();
            company.activities().forEach(log::append);
            assertThat(BY_WEEK.compile().decode(encoded).result()).isEqualTo(Engine.evaluate(BY_WEEK.scorecard(), log,
                    BY_WEEK.salesPeriod(), BY_WEEK.compile().grouping()));
        } finally {
            spark.stop();
        }
    }
}
