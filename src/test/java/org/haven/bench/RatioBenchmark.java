package org.haven.bench;

import static io.restassured.RestAssured.given;
import static org.haven.bench.Bench.median;
import static org.haven.bench.Bench.print;
import static org.haven.bench.Bench.run;
import static org.haven.support.DefenderFixtures.aDefender;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
    /** At least one per client of the write figures: each client changes its own defender. */
    private final int defenders = Math.max(16, Integer.getInteger("haven.bench.defenders", 1000));
    private final int cases = Integer.getInteger("haven.bench.cases", 100_000);
    private final Path work = Path.of("target", "ratios");
    private final String team = Tokens.DEFAULT_TEAM;
    private final String officer = "bench-officer";
    /** Where the CPU goes during each measured run (printed under each figure). */
    private CpuMeter cpu;

    @Test
    void measure() throws Exception {
        Files.createDirectories(work);
        // -Dhaven.bench.profile=true: a JFR recording of the service, target/ratios/haven.jfr, for `jfr print`
        Map<String, String> profile = Boolean.getBoolean("haven.bench.profile")
                ? Map.of("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=settings=profile,filename="
                        + work.resolve("haven.jfr").toAbsolutePath())
                : Map.of();
        try (Deployment deployment = Deployment.start(profile)) {
            RestAssured.port = deployment.port();
            try (Connection c = deployment.superuser(); Statement s = c.createStatement();
                    java.sql.ResultSet backend = s.executeQuery("select pg_backend_pid()")) {
                backend.next();
                cpu = new CpuMeter(deployment.appPid(), CpuMeter.postmasterOf(backend.getLong(1)));
            }
            List<String> ids = seed(deployment);
            Files.write(work.resolve("ids"), ids);
            requireWritten(deployment, "seed", 0, 0);
            // steady state first: the JIT compiles the hot paths under load, before any figure is taken
            int warmup = Integer.getInteger("haven.bench.warmup", 60);
            int warmed = warmUp(deployment, "defender-change", warmup / 2) + warmUp(deployment, "defender-read",
                    warmup / 2);
            print("setup", "packaged Haven (prod profile) and pgbench " + pgbenchVersion() + " on one PostgreSQL 17, "
                    + rounds + " alternating rounds of " + seconds + " s after a warm-up of " + warmed + " s, "
                    + defenders + " defenders");
            String only = System.getProperty("haven.bench.only", "");
            List<Integer> writers = java.util.Arrays.stream(System.getProperty("haven.bench.writers", "1,4,16")
                    .split(",")).map(String::trim).map(Integer::valueOf).toList();
            for (int clients : writers) {
                if (!only.isEmpty() && !only.contains("write")) {
                    break;
                }
                compare("audited write (PUT /defenders/{id}), " + clients + " client" + (clients == 1 ? "" : "s"),
                        deployment, clients, "defender-change");
            }
            if (only.isEmpty() || only.contains("read")) {
                int readers = Integer.getInteger("haven.bench.readers", 16);
                compare("read by id (GET /defenders/{id}), " + readers + " clients", deployment, readers,
                        "defender-read");
            }
            if (only.isEmpty() || only.contains("export") || only.contains("stats")) {
                loadCases(deployment);
            }
            if (only.isEmpty() || only.contains("stats")) {
                compare("caseload overview (GET /stats over " + cases + " cases), 4 clients", deployment, 4, "stats");
            }
            if (only.isEmpty() || only.contains("export")) {
                compareExport(deployment);
            }
            if (only.isEmpty() || only.contains("start")) {
                StartComparison.compare(deployment, rounds);
            }
        }
    }

    /**
     * The export of every case against COPY of the equivalent query (src/bench/sql/export-*.sql), in CSV
     * and in JSON Lines: each downloaded whole by a client that throws the bytes away, timed end to end.
     */
    private void compareExport(Deployment deployment) throws Exception {
        for (String format : List.of("csv", "jsonl")) {
            exportOnce(deployment, format); // warm-up
            copyOnce(deployment, format);
            alternate("export of " + cases + " cases as " + format.toUpperCase(java.util.Locale.ROOT), " cases/s",
                    "COPY", () -> cases / exportOnce(deployment, format), () -> cases / copyOnce(deployment, format));
        }
    }

    /** The synthetic cases that the overview and the exports read (ExportBenchmark's). */
    private void loadCases(Deployment deployment) throws Exception {
        String defender = aDefender().register(Tokens.inTeams(officer, List.of(team), Roles.PROTECTION_OFFICER));
        try (Connection c = deployment.superuser()) {
            ExportBenchmark.load(c, defender, 0, cases);
        }
    }

    /** Seconds to download the whole export. */
    private double exportOnce(Deployment deployment, String format) throws Exception {
        String token = Tokens.inTeams("bench-auditor", List.of(team), Roles.AUDITOR);
        CpuMeter.Sample before = cpu.sample();
        long start = System.nanoTime();
        run(Map.of(), "curl", "-sf", "-o", "/dev/null", "-H", "Authorization: Bearer " + token,
                "http://localhost:" + deployment.port() + "/exports/case-histories?format=" + format);
        double elapsed = (System.nanoTime() - start) / 1e9;
        cpu.add("Haven", before, cases);
        return elapsed;
    }

    /** Seconds for psql to run the COPY and write its output away. */
    private double copyOnce(Deployment deployment, String format) throws Exception {
        CpuMeter.Sample before = cpu.sample();
        long start = System.nanoTime();
        run(Map.of("PGPASSWORD", deployment.runtimePassword()), "sh", "-c", "psql -X -q -v ON_ERROR_STOP=1 -f "
                + Path.of("src", "bench", "sql", "export-" + format + ".sql") + " '" + deployment.runtimeUrl()
                + "' > /dev/null");
        double elapsed = (System.nanoTime() - start) / 1e9;
        cpu.add("COPY", before, cases);
        return elapsed;
    }

    /**
     * Runs the work at 4 clients for at least {@code seconds}, then on until its rate settles (two runs of
     * 5 s in a row within 5% of each other), for at most three times as long; answers the seconds spent.
     * On two busy cores the JIT keeps compiling long after a fixed warm-up: a figure measured first came
     * out at half its value measured again right after it (docs/performance.md).
     */
    private int warmUp(Deployment deployment, String work, int seconds) throws Exception {
        int spent = 0;
        double last = 0;
        while (spent < 3 * seconds) {
            double rate = haven(deployment, 4, work, 5);
            spent += 5;
            if (spent >= seconds && last > 0 && Math.abs(rate - last) <= 0.05 * last) {
                break;
            }
            last = rate;
        }
        return spent;
    }

    /** Alternates Haven (wrk) and pgbench on the same work; prints both rates and their ratio per round. */
    private void compare(String figure, Deployment deployment, int clients, String work) throws Exception {
        // a short warm-up of each: the JIT, the connection pools and the plans
        haven(deployment, clients, work, Math.max(2, seconds / 3));
        pgbench(deployment, clients, work, Math.max(2, seconds / 3));
        alternate(figure, "/s", "pgbench", () -> haven(deployment, clients, work, seconds),
                () -> pgbench(deployment, clients, work, seconds));
    }

    /**
     * Measures Haven's rate and the baseline's in turns, each first in every other round, so that what
     * the machine does meanwhile weighs on both; prints the median rates and ratio and each round's ratio.
     */
    private void alternate(String figure, String unit, String baseline, Callable<Double> haven,
            Callable<Double> other) throws Exception {
        List<Double> havenRates = new ArrayList<>();
        List<Double> otherRates = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        cpu.report("Haven", "", true); // only the measured rounds count, not the warm-up
        cpu.report(baseline, "", false);
        for (int round = 0; round < rounds; round++) {
            double h;
            double o;
            if (round % 2 == 0) {
                h = haven.call();
                o = other.call();
            } else {
                o = other.call();
                h = haven.call();
            }
            havenRates.add(h);
            otherRates.add(o);
            ratios.add(h / o);
        }
        print(figure, String.format("Haven %.0f%s, %s %.0f%s, ratio %.2f (rounds %s)", median(havenRates), unit,
                baseline, median(otherRates), unit, median(ratios),
                ratios.stream().map(r -> String.format("%.2f", r)).toList()));
        String per = unit.equals("/s") ? "request" : "case";
        print(figure + ", CPU", cpu.report("Haven", per, true) + "; " + cpu.report(baseline, per, false));
    }

    private double haven(Deployment deployment, int clients, String work, int duration) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("HAVEN_TOKEN", work.equals("stats") ? Tokens.inTeams("bench-auditor", List.of(team), Roles.AUDITOR)
                : Tokens.inTeams(officer, List.of(team), Roles.PROTECTION_OFFICER));
        env.put("HAVEN_IDS", this.work.resolve("ids").toAbsolutePath().toString());
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> profile = new HashMap<>(DefenderFixtures.aDefender().profile());
        profile.put("organisation", "Bench organisation A");
        env.put("HAVEN_BODY_A", json.writeValueAsString(profile));
        profile.put("organisation", "Bench organisation B");
        env.put("HAVEN_BODY_B", json.writeValueAsString(profile));
        // the writes have their own script (ETags); reads are one GET of a path
        String script = work.equals("defender-change") ? "defender-change.lua" : "get.lua";
        env.put("HAVEN_PATH", work.equals("stats") ? "/stats" : "/defenders/{id}");
        CpuMeter.Sample before = cpu.sample();
        String out = run(env, "wrk", "-t" + clients, "-c" + clients, "-d" + duration + "s", "--latency",
                "-s", Path.of("src", "bench", "wrk", script).toString(), "http://localhost:" + deployment.port());
        Matcher counts = HAVEN_COUNTS.matcher(out);
        if (!counts.find() || Long.parseLong(counts.group(2)) > 0) {
            throw new IllegalStateException("Haven refused requests during the run:\n" + out);
        }
        cpu.add("Haven", before, Long.parseLong(counts.group(1)));
        if (work.equals("defender-change")) {
            Thread.sleep(1000); // requests wrk left unanswered finish before the count
            requireWritten(deployment, "Haven", Long.parseLong(counts.group(1)), clients);
        }
        note(deployment, "Haven", Long.parseLong(counts.group(1)));
        explain("Haven latency", out, "(?m)^\\s+Latency\\s+(\\S+)\\s+(\\S+)");
        return rate(WRK_RATE, out);
    }

    private double pgbench(Deployment deployment, int clients, String work, int duration) throws Exception {
        String url = deployment.runtimeUrl();
        CpuMeter.Sample before = cpu.sample();
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
        explain("pgbench latency", out, "latency average = (.*)");
        Matcher done = PGBENCH_DONE.matcher(out);
        if (done.find()) {
            cpu.add("pgbench", before, Long.parseLong(done.group(1)));
            note(deployment, "pgbench", Long.parseLong(done.group(1)));
        }
        return rate(PGBENCH_TPS, out);
    }

    /** How many requests the token issuer (WireMock) has answered: the service should ask it only at start. */
    private static String issuerRequests() {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(System.getProperty("keycloak.url")).resolve("/__admin/requests/count"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"method\":\"ANY\",\"urlPattern\":\".*\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return answer.body().replaceAll("[^0-9]", "");
        } catch (Exception e) {
            return "?";
        }
    }

    private static void explain(String what, String out, String pattern) {
        if (Boolean.getBoolean("haven.bench.explain")) {
            Matcher m = Pattern.compile(pattern).matcher(out);
            if (m.find()) {
                print("explain", what + ": " + m.group(0).strip());
            }
        }
    }

    private long written = -1;
    private long[] seen;

    /**
     * What the database did per request of a run: commits and statements (pg_stat_database and
     * pg_stat_statements when loaded). Printed with -Dhaven.bench.explain=true.
     */
    private void note(Deployment deployment, String side, long requests) throws Exception {
        if (!Boolean.getBoolean("haven.bench.explain")) {
            return;
        }
        Thread.sleep(1100); // PostgreSQL publishes its counters at most once a second
        long[] now = new long[2];
        try (Connection c = deployment.superuser(); Statement s = c.createStatement();
                var r = s.executeQuery("select xact_commit, tup_returned + tup_fetched from pg_stat_database"
                        + " where datname = 'haven'")) {
            r.next();
            now[0] = r.getLong(1);
            now[1] = r.getLong(2);
        }
        if (seen != null && requests > 0) {
            print("explain", String.format("%s: %.2f commits per request (%d requests); token issuer asked %s times"
                    + " so far", side, (now[0] - seen[0]) / (double) requests, requests, issuerRequests()));
        }
        seen = now;
    }

    /**
     * Each change bumps its defender's version and appends one audit entry: the versions and the log must
     * have grown by exactly what the run reports, or a side did less work than it claims (a versioned
     * UPDATE that matched no row, say). wrk may stop with a request per connection sent but its answer
     * not read: those may have committed too.
     */
    private void requireWritten(Deployment deployment, String side, long changes, int unread) throws Exception {
        long before = written;
        try (Connection c = deployment.superuser(); Statement s = c.createStatement();
                var r = s.executeQuery("select (select sum(version) from defender"
                        + " where id in (select id from bench_defender))"
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
}
