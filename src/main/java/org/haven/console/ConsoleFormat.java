package org.haven.console;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Currency;

import org.haven.shared.money.Money;

/**
 * Dates, numbers, money and time spans as the chosen language writes them: its digits (Dari and Pashto
 * use Eastern Arabic-Indic digits), its date order and its currency placement. Times are shown in one
 * configured zone, named next to them. Dates are Gregorian in every language (see docs/console.md).
 */
final class ConsoleFormat {

    private final Language language;
    private final ConsoleMessages messages;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;

    ConsoleFormat(Language language, ConsoleMessages messages, ZoneId zone) {
        this.language = language;
        this.messages = messages;
        this.zone = zone;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.formats).withDecimalStyle(DecimalStyle.of(language.formats)).withZone(zone);
    }

    /** The console's time zone: dates typed on forms are days there. */
    ZoneId zone() {
        return zone;
    }

    Language language() {
        return language;
    }

    ConsoleMessages messages() {
        return messages;
    }

    String dateTime(Instant instant) {
        return dateTime.format(instant) + " " + zone.getId();
    }

    /** The day of a moment in the console's zone, as the reader's language writes it. */
    String date(Instant instant) {
        return date(LocalDate.ofInstant(instant, zone));
    }

    /** A calendar day (no time, no zone), as the reader's language writes it. */
    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.formats)
                .withDecimalStyle(DecimalStyle.of(language.formats)).format(date);
    }

    String number(long value) {
        return NumberFormat.getIntegerInstance(language.formats).format(value);
    }

    String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(language.formats);
        Currency currency = Currency.getInstance(money.currency());
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(money.amount());
    }

    String decimal(BigDecimal value) {
        return NumberFormat.getNumberInstance(language.formats).format(value);
    }

    /** "2 d 5 h left" or "Overdue by 3 h 10 min": days and hours above a day, hours and minutes below. */
    String timeLeft(Instant deadline, Instant now) {
        Duration left = Duration.between(now, deadline);
        String amount = span(left.abs());
        return left.isNegative() ? messages.time_overdue(amount) : messages.time_left(amount);
    }

    private String span(Duration span) {
        if (span.toDays() >= 1) {
            return messages.duration_days_hours(number(span.toDays()), number(span.toHoursPart()));
        }
        return messages.duration_hours_minutes(number(span.toHours()), number(span.toMinutesPart()));
    }
}
