package org.haven.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server (GreenMail, in this JVM) that the application's mailer delivers to over TCP, so
 * tests read notification e-mails as they arrived. Inject it into a test with {@link InjectSmtp}.
 */
public class SmtpResource implements QuarkusTestResourceLifecycleManager {

    /** Marks a {@code GreenMail} field of a test class to receive the running server. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectSmtp {
    }

    private GreenMail smtp;

    @Override
    public Map<String, String> start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(smtp.getSmtp().getPort()));
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(smtp, new TestInjector.AnnotatedAndMatchesType(InjectSmtp.class, GreenMail.class));
    }

    @Override
    public void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }
}
