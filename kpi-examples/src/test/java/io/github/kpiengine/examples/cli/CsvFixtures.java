package io.github.kpiengine.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** CSV files of a small team, in the tool's own layout, for the scorecard and loader tests. */
public final class CsvFixtures {

    public static final String ACTIVITIES_HEADER = "rep,type,date,account,opportunity,duration_minutes,outcome";

    public static final String[] ACTIVITIES = {
        ACTIVITIES_HEADER,
        "ann,cold_call,2026-03-02,acme,,,",
        "ann,first_appointment,2026-03-03,acme,opp-1,,advanced",
        "bob,social_selling,2026-03-04,,,90,",
        "bob,cold_call,2026-03-05,\"Smith, Jones & Co\",,,none"};

    public static final String OPPORTUNITIES_HEADER = "id,owner,account,source,created,amount,currency,stages,result,close_date";

    public static final String[] OPPORTUNITIES = {
        OPPORTUNITIES_HEADER,
        "opp-1,ann,acme,client_referral,2026-03-02,30000,EUR,"
                + "lead@2026-03-02;first_appointment@2026-03-03;proposal@2026-03-10,won,2026-03-20",
        "opp-2,ann,beta,,2026-03-04,20000,EUR,lead@2026-03-04;first_appointment@2026-03-06,lost,2026-03-25",
        "opp-3,bob,gamma,inbound,,10000.50,EUR,lead@2026-03-05,open,"};

    private CsvFixtures() {
    }

    public static Path write(Path dir, String name, String... lines) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static String[] replace(String[] lines, int index, String line) {
        String[] copy = lines.clone();
        copy[index] = line;
        return copy;
    }
}
