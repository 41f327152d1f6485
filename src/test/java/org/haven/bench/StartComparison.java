package org.haven.bench;

import static org.haven.bench.Bench.median;
import static org.haven.bench.Bench.print;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.haven.faults.Deployment;
import org.haven.support.PackagedHaven;

/** The start figures of {@link RatioBenchmark}: Haven's jar against the minimal application's. */
final class StartComparison {

    private StartComparison() {
    }

    /**
     * Start to ready (wall time from the process's start until its readiness check answers 200) and the
     * resident memory then, of Haven's jar and of the minimal application with the same extensions
     * (src/bench/minimal), alternately, with the same JVM options and environment, on the migrated database.
     */
    static void compare(Deployment deployment, int rounds) throws Exception {
        Path haven = Path.of("target", "quarkus-app", "quarkus-run.jar");
        Path minimal = Path.of("src", "bench", "minimal", "target", "quarkus-app", "quarkus-run.jar");
        List<Double> startRatios = new ArrayList<>();
        List<Double> rssRatios = new ArrayList<>();
        List<double[]> havenStarts = new ArrayList<>();
        List<double[]> minimalStarts = new ArrayList<>();
        start(deployment, minimal, "minimal"); // the minimal app's own migration, once
        for (int round = 0; round < rounds; round++) {
            double[] h;
            double[] m;
            if (round % 2 == 0) {
                h = start(deployment, haven, "haven");
                m = start(deployment, minimal, "minimal");
            } else {
                m = start(deployment, minimal, "minimal");
                h = start(deployment, haven, "haven");
            }
            havenStarts.add(h);
            minimalStarts.add(m);
            startRatios.add(h[0] / m[0]);
            rssRatios.add(h[1] / m[1]);
        }
        print("start to ready", String.format("Haven %.1f s, minimal app %.1f s, ratio %.2f (rounds %s)",
                median(havenStarts.stream().map(x -> x[0]).toList()),
                median(minimalStarts.stream().map(x -> x[0]).toList()), median(startRatios),
                startRatios.stream().map(r -> String.format("%.2f", r)).toList()));
        print("resident memory when ready", String.format(
                "Haven %.0f MB, minimal app %.0f MB, ratio %.2f (rounds %s)",
                median(havenStarts.stream().map(x -> x[1]).toList()) / 1024,
                median(minimalStarts.stream().map(x -> x[1]).toList()) / 1024, median(rssRatios),
                rssRatios.stream().map(r -> String.format("%.2f", r)).toList()));
    }

    /** Starts a jar beside the running service, waits until it is ready; its seconds and RSS (kB) then. */
    private static double[] start(Deployment deployment, Path jar, String name) throws Exception {
        int port = PackagedHaven.freePort();
        int management = PackagedHaven.freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        // -Dhaven.bench.start-options="-Dquarkus.log.level=DEBUG ...": more JVM options for both jars, to see
        // where a start spends its time; the last start of each is in target/ratios/start-haven.log, -minimal.log
        String options = System.getProperty("haven.bench.start-options", "").strip();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "ratios", "start-" + name + ".log").toFile());
        builder.environment().putAll(deployment.environment());
        builder.environment().remove("JAVA_TOOL_OPTIONS"); // a profile is for the service under load only
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(management));
        long begin = System.nanoTime();
        Process process = builder.start();
        try {
            awaitReady(URI.create("http://localhost:" + management + "/q/health/ready"), process);
            double seconds = (System.nanoTime() - begin) / 1e9;
            long rss = -1;
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return new double[] { seconds, rss };
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Polls every 20 ms (the start is timed to that), failing if the process ends or takes minutes. */
    private static void awaitReady(URI ready, Process process) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (client.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(ready + " never answered 200: see target/ratios/start-*.log");
    }
}
