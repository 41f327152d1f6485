package org.haven.defender;

/** Lifecycle of a registry entry. Nothing is deleted: entries are archived or erased. */
public enum DefenderStatus {
    ACTIVE, ARCHIVED, ERASED
}
