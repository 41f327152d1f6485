package org.haven.bench;

import static io.restassured.RestAssured.given;
import static org.haven.support.DefenderFixtures.aDefender;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.haven.faults.Deployment;
import org.haven.shared.security.Roles;
import org.haven.support.DefenderFixtures;
import org.haven.support.PostgresResource;
import org.haven.support.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;

/**
 * Benchmark, not a test (run by src/bench/ratios.sh): Haven as a ratio to PostgreSQL running the same
 * SQL. The packaged service (production profile) and pgbench take turns on the same database, round
 * after round, so that whatever else the machine does weighs on both alike; each figure is Haven's
 * throughput over pgbench's for the same work at the same number of clients, with its spread.
 */
class RatioBenchmark {

    private static final Pattern WRK_RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PGBENCH_TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern HAVEN_COUNTS = Pattern.compile("HAVEN \\w+=(\\d+) failed=(\\d+)");
    private static final Pattern PGBENCH_FAILED = Pattern.compile("number of failed transactions: (\\d+)");
    private static final Pattern PGBENCH_DONE = Pattern.compile("number of transactions actually processed: (\\d+)");

    private final int rounds = Integer.getInteger("haven.bench.rounds", 3);
    private final int seconds = Integer.getInteger("haven.bench.seconds", 10);
    private final int defenders = Integer.getInteger("haven.bench.defenders", 1000);
    private final Path work = Path.of("target", "ratios");
    private final String team = Tokens.DEFAULT_TEAM;
    private final String officer = "bench-officer";

    @Test
    void measure() throws Exception {
        Files.createDirectories(work);
        try (Deployment deployment = Deployment.start()) {
            RestAssured.port = deployment.port();
            List<String> ids = seed(deployment);
            Files.write(work.resolve("ids"), ids);
            requireWritten(deployment, "seed", 0, 0);
            print("setup", "packaged Haven (prod profile) and pgbench " + pgbenchVersion() + " on one PostgreSQL 17, "
                    + rounds + " alternating rounds of " + seconds + " s, " + defenders + " defenders");
            for (int clients : List.of(1, 4, 16)) {
                compare("audited write (PUT /defenders/{id}), " + clients + " client" + (clients == 1 ? "" : "s"),
                        deployment, clients, "defender-change");
            }
            compare("read by id (GET /defenders/{id}), 16 clients", deployment, 16, "defender-read");
        }
    }

    /** Alternates Haven (wrk) and pgbench on the same work; prints both rates and their ratio per round. */
    private void compare(String figure, Deployment deployment, int clients, String work) throws Exception {
        // a short warm-up of each: the JIT, the connection pools and the plans
        haven(deployment, clients, work, Math.max(2, seconds / 3));
        pgbench(deployment, clients, work, Math.max(2, seconds / 3));
        List<Double> havenRates = new ArrayList<>();
        List<Double> pgbenchRates = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            double haven;
            double pg;
            if (round % 2 == 0) {
                haven = haven(deployment, clients, work, seconds);
                pg = pgbench(deployment, clients, work, seconds);
            } else {
                pg = pgbench(deployment, clients, work, seconds);
                haven = haven(deployment, clients, work, seconds);
            }
            havenRates.add(haven);
            pgbenchRates.add(pg);
            ratios.add(haven / pg);
        }
        print(figure, String.format("Haven %.0f/s, pgbench %.0f/s, ratio %.2f (rounds %s)", median(havenRates),
                median(pgbenchRates), median(ratios), ratios.stream().map(r -> String.format("%.2f", r)).toList()));
    }

    private double haven(Deployment deployment, int clients, String work, int duration) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("HAVEN_TOKEN", Tokens.inTeams(officer, List.of(team), Roles.PROTECTION_OFFICER));
        env.put("HAVEN_IDS", this.work.resolve("ids").toAbsolutePath().toString());
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> profile = new HashMap<>(DefenderFixtures.aDefender().profile());
        profile.put("organisation", "Bench organisation A");
        env.put("HAVEN_BODY_A", json.writeValueAsString(profile));
        profile.put("organisation", "Bench organisation B");
        env.put("HAVEN_BODY_B", json.writeValueAsString(profile));
        String out = run(env, "wrk", "-t" + clients, "-c" + clients, "-d" + duration + "s", "--latency",
                "-s", Path.of("src", "bench", "wrk", work + ".lua").toString(), "http://localhost:" + deployment.port());
        Matcher counts = HAVEN_COUNTS.matcher(out);
        if (!counts.find() || Long.parseLong(counts.group(2)) > 0) {
            throw new IllegalStateException("Haven refused requests during the run:\n" + out);
        }
        if (work.equals("defender-change")) {
            Thread.sleep(1000); // requests wrk left unanswered finish before the count
            requireWritten(deployment, "Haven", Long.parseLong(counts.group(1)), clients);
        }
        return rate(WRK_RATE, out);
    }

    private double pgbench(Deployment deployment, int clients, String work, int duration) throws Exception {
        String url = deployment.runtimeUrl();
        String out = run(Map.of("PGPASSWORD", deployment.runtimePassword()), "pgbench", "-n", "-M", "prepared",
                "-c", String.valueOf(clients), "-j", String.valueOf(clients), "-T", String.valueOf(duration),
                "-D", "team=" + team, "-D", "actor=" + officer, "-D", "defenders=" + defenders,
                "-f", Path.of("src", "bench", "sql", work + ".sql").toString(), url);
        Matcher failed = PGBENCH_FAILED.matcher(out);
        if (failed.find() && Long.parseLong(failed.group(1)) > 0) {
            throw new IllegalStateException("pgbench transactions failed:\n" + out);
        }
        if (work.equals("defender-change")) {
            Matcher done = PGBENCH_DONE.matcher(out);
            done.find();
            requireWritten(deployment, "pgbench", Long.parseLong(done.group(1)), 0);
        }
        return rate(PGBENCH_TPS, out);
    }

    private long written = -1;

    /**
     * Each change bumps its defender's version and appends one audit entry: the versions and the log must
     * have grown by exactly what the run reports, or a side did less work than it claims (a versioned
     * UPDATE that matched no row, say). wrk may stop with a request per connection sent but its answer
     * not read: those may have committed too.
     */
    private void requireWritten(Deployment deployment, String side, long changes, int unread) throws Exception {
        long before = written;
        try (Connection c = deployment.superuser(); Statement s = c.createStatement();
                var r = s.executeQuery("select (select sum(version) from defender where id in (select id from bench_defender))"
                        + " + (select count(*) from audit_entry where action = 'DEFENDER_PROFILE_CHANGED')")) {
            r.next();
            written = r.getLong(1);
        }
        long grown = written - before;
        if (before >= 0 && (grown < 2 * changes || grown > 2 * (changes + unread))) {
            throw new IllegalStateException(side + " reported " + changes + " changes but the database grew by "
                    + grown / 2.0);
        }
    }

    /** Registers the defenders through the API, and a table that numbers them for pgbench's scripts. */
    private List<String> seed(Deployment deployment) throws Exception {
        String token = Tokens.inTeams(officer, List.of(team), Roles.PROTECTION_OFFICER);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < defenders; i++) {
            ids.add(aDefender().with("organisation", "Bench organisation A").register(token));
        }
        try (Connection c = deployment.superuser(); Statement s = c.createStatement()) {
            s.execute("create table bench_defender (n int primary key, id uuid not null)");
            s.execute("grant select on bench_defender to " + PostgresResource.RUNTIME);
            try (PreparedStatement insert = c.prepareStatement("insert into bench_defender values (?, ?::uuid)")) {
                for (int i = 0; i < ids.size(); i++) {
                    insert.setInt(1, i + 1);
                    insert.setString(2, ids.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            s.execute("analyze");
        }
        return ids;
    }

    private static double rate(Pattern pattern, String out) {
        Matcher m = pattern.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no rate in:\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    private static String pgbenchVersion() throws Exception {
        return run(Map.of(), "pgbench", "--version").trim().replaceAll("^pgbench \\(PostgreSQL\\) ", "");
    }

    private static String run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n"
                    + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static void print(String figure, String text) {
        System.out.println("RATIO " + figure + ": " + text);
    }
}
