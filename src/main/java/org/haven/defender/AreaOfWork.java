package org.haven.defender;

/** The human rights work that puts the defender at risk. */
public enum AreaOfWork {
    WOMENS_RIGHTS, JOURNALISM, LEGAL, LGBTIQ_RIGHTS, MINORITY_RIGHTS, ENVIRONMENT, LABOUR, EDUCATION, HEALTH, CULTURE, TRANSITIONAL_JUSTICE, OTHER;

    /** How many there are: a set of them has at most this many (published as maxItems). */
    static final int COUNT = 12;
}
