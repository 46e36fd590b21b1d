package uk.send.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a run measures and for how long; each can be changed on the command line as {@code --name=value}. */
record BenchmarkSettings(
        int clients,
        int warmUpRate,
        Duration warmUp,
        List<Integer> intakeRates,
        Duration intakeStep,
        Duration limitDuration,
        List<Integer> closureRates,
        Duration closureStep,
        Duration roundTrip,
        List<Integer> worklistSizes,
        int worklistSamples,
        int scaleOutClosures,
        int scaleOutRate,
        Path results) {

    static BenchmarkSettings from(String[] args, Path repository) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Expected --name=value, got " + arg);
            }
            given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        BenchmarkSettings settings = new BenchmarkSettings(
                Integer.parseInt(given.getOrDefault("clients", "16")),
                Integer.parseInt(given.getOrDefault("warm-up-rate", "20")),
                seconds(given.getOrDefault("warm-up", "120")),
                integers(given.getOrDefault("intake-rates", "25,50,100,150,200,300,400,600,800")),
                seconds(given.getOrDefault("intake-step", "15")),
                seconds(given.getOrDefault("limit", "15")),
                integers(given.getOrDefault("closure-rates", "20,50,100,200")),
                seconds(given.getOrDefault("closure-step", "15")),
                seconds(given.getOrDefault("round-trip", "15")),
                integers(given.getOrDefault("worklist-sizes", "10000,100000,1000000")),
                Integer.parseInt(given.getOrDefault("worklist-samples", "200")),
                Integer.parseInt(given.getOrDefault("scale-out-closures", "400")),
                Integer.parseInt(given.getOrDefault("scale-out-rate", "20")),
                Path.of(given.getOrDefault("results", repository.resolve("benchmarks/results").toString())));
        given.keySet().removeAll(List.of("clients", "warm-up-rate", "warm-up", "intake-rates", "intake-step",
                "limit", "closure-rates", "closure-step", "round-trip", "worklist-sizes", "worklist-samples",
                "scale-out-closures", "scale-out-rate", "results"));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("Unknown settings: " + given.keySet());
        }
        return settings;
    }

    private static Duration seconds(String value) {
        return Duration.ofSeconds(Long.parseLong(value));
    }

    private static List<Integer> integers(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
