package com.cagekeeper.desk.domain;

/**
 * What the top of the desk page says about the facility's operating state (BCP, rule 8): a
 * lockdown is an alert (every customer entry is denied), a disruption a warning (decisions go on,
 * the backup facility is named); a state this version does not know is shown as an alert, since
 * unknown states deny.
 */
public record Banner(Level level, String state, String headline, String text) {

    /** How loudly the page shows it. */
    public enum Level {
        NONE, WARNING, ALERT
    }

    public static Banner of(String operatingState, String reason, String backupFacility) {
        String why = reason == null || reason.isBlank() ? "" : " Reason: " + reason.strip() + ".";
        return switch (operatingState == null ? "" : operatingState) {
            case "NORMAL" -> new Banner(Level.NONE, "NORMAL", "", "");
            case "LOCKDOWN" -> new Banner(Level.ALERT, "LOCKDOWN", "LOCKDOWN",
                    "The facility is in lockdown: every customer entry is denied (BCP)." + why);
            case "DISRUPTED" -> new Banner(Level.WARNING, "DISRUPTED", "DISRUPTION",
                    "The facility is disrupted: access is decided as usual (BCP)."
                            + (backupFacility == null ? "" : " Backup facility: " + backupFacility + ".") + why);
            default -> new Banner(Level.ALERT, String.valueOf(operatingState), "STATE UNKNOWN",
                    "The facility's operating state is not one this desk knows: treat it as a lockdown.");
        };
    }

    public boolean shown() {
        return level != Level.NONE;
    }

    /** The CSS class of the banner. */
    public String cssClass() {
        return level == Level.ALERT ? "banner alert" : "banner warning";
    }
}
