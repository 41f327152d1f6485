package org.haven.grant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import org.haven.shared.money.Money;

/** One payment out of a grant (a tranche). Recorded once, never changed. */
@Entity
@Immutable
@Table(name = "disbursement")
class Disbursement {

    @Id
    private UUID id;

    @Column(name = "grant_id", nullable = false)
    private UUID grantId;

    @Column(name = "tranche_number", nullable = false)
    private int trancheNumber;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private String currency;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisbursementMethod method;

    @Column(name = "payment_reference", nullable = false)
    private String paymentReference;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Disbursement() {
        // for JPA
    }

    Disbursement(UUID grantId, int trancheNumber, Money amount, LocalDate paidOn, DisbursementMethod method,
            String paymentReference, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.grantId = grantId;
        this.trancheNumber = trancheNumber;
        Money normalised = amount.normalised();
        this.amount = normalised.amount();
        this.currency = normalised.currency();
        this.paidOn = paidOn;
        this.method = method;
        this.paymentReference = paymentReference;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    UUID id() {
        return id;
    }

    UUID grantId() {
        return grantId;
    }

    int trancheNumber() {
        return trancheNumber;
    }

    Money amount() {
        return new Money(amount, currency).normalised();
    }

    LocalDate paidOn() {
        return paidOn;
    }

    DisbursementMethod method() {
        return method;
    }

    String paymentReference() {
        return paymentReference;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
