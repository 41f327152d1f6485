package org.haven.notification;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.notification.OutboxRepository.Due;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/**
 * Writes and sends notification e-mails. A message says what happened (the kind), to which reference,
 * by when, and links to the console: a defender's name, place or story never leaves Haven by e-mail.
 */
@ApplicationScoped
class EmailSender {

    static final String DELIVERY_HEADER = "X-Haven-Delivery";
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Mailer mailer;
    private final NotificationConfig config;

    EmailSender(Mailer mailer, NotificationConfig config) {
        this.mailer = mailer;
        this.config = config;
    }

    /** Sends the deliveries (all to one address) as one message; null if sent, else a short error code. */
    String send(List<Due> deliveries) {
        Due first = deliveries.get(0);
        String subject = deliveries.size() == 1
                ? "[Haven] " + first.kind().title() + ": " + first.reference()
                : "[Haven] " + deliveries.size() + " notifications";
        Mail mail = Mail.withText(first.target(), subject, body(deliveries)).setFrom(config.from())
                .addHeader(DELIVERY_HEADER, first.id().toString());
        try {
            mailer.send(mail);
            return null;
        } catch (RuntimeException e) {
            // The class name only: SMTP replies can quote the address.
            Log.warnf("A notification e-mail was not sent (%s); it will be retried", e.getClass().getSimpleName());
            return "smtp: " + e.getClass().getSimpleName();
        }
    }

    String body(List<Due> deliveries) {
        StringBuilder text = new StringBuilder();
        for (Due d : deliveries) {
            text.append(d.kind().title()).append('\n');
            text.append("Reference: ").append(d.reference()).append('\n');
            if (d.deadline() != null) {
                text.append("Deadline: ").append(DEADLINE.format(d.deadline())).append('\n');
            }
            text.append("Open in Haven: ").append(config.consoleUrl()).append(d.link()).append("\n\n");
        }
        text.append("Details are in Haven only; this message never carries them.\n");
        text.append("Your notifications and e-mail preferences: ").append(config.consoleUrl())
                .append("/console/notifications\n");
        return text.toString();
    }
}
