package org.haven.organisation;

/** How a defender is linked to an organisation. */
public enum MemberRole {
    MEMBER, STAFF, LEADERSHIP
}
