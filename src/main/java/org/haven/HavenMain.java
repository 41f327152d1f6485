package org.haven;

import org.haven.export.verify.ExportVerifier;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point. {@code java -jar quarkus-run.jar} runs the service; {@code ... verify <export>
 * --public-key <pem>} checks an export offline and exits, without starting the service or touching
 * any database.
 */
@QuarkusMain
public final class HavenMain {

    private HavenMain() {
    }

    public static void main(String... args) {
        if (args.length > 0 && "verify".equals(args[0])) {
            System.exit(ExportVerifier.run(args, System.out));
        }
        Quarkus.run(args);
    }
}
