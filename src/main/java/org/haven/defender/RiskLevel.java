package org.haven.defender;

/** How much danger the defender is in, as last assessed. */
public enum RiskLevel {
    LOW, MODERATE, HIGH, CRITICAL
}
