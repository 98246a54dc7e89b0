package org.zhnews.cli;

import picocli.CommandLine.Option;

/**
 * The {@code -v}/{@code --verbose} option. The CLI logs through slf4j-simple at WARN by default
 * ({@code simplelogger.properties}); {@code -v} lowers the level to INFO, {@code -vv} to DEBUG.
 * The level is set as a system property while the arguments are parsed, before the pipeline
 * (and with it the first logger) is made; slf4j-simple reads it once per JVM.
 */
final class LoggingOptions {

    static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

    @Option(names = {"-v", "--verbose"},
            description = "Log what the library does to stderr: -v info, -vv debug (default: warnings only).")
    void verbose(boolean[] flags) {
        System.setProperty(LEVEL_PROPERTY, flags.length >= 2 ? "debug" : "info");
    }
}
