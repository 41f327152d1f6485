package org.haven.organisation;

/** Organisations are never deleted: they are archived, with a reason. */
public enum OrganisationStatus {
    ACTIVE, ARCHIVED
}
