package org.haven.activity;

/** What an activity produced. */
public enum OutputKind {
    STRATEGY_PAPER, ACTION_PLAN, REPORT, STATEMENT, OTHER
}
