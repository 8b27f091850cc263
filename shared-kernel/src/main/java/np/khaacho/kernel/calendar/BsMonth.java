package np.khaacho.kernel.calendar;

/** A month of the Bikram Sambat year, Baisakh (1) to Chaitra (12), with its English and Nepali names. */
public enum BsMonth {
    BAISAKH("Baisakh", "बैशाख"),
    JESTHA("Jestha", "जेठ"),
    ASAR("Asar", "असार"),
    SHRAWAN("Shrawan", "साउन"),
    BHADRA("Bhadra", "भदौ"),
    ASOJ("Asoj", "असोज"),
    KARTIK("Kartik", "कात्तिक"),
    MANGSIR("Mangsir", "मंसिर"),
    POUSH("Poush", "पुस"),
    MAGH("Magh", "माघ"),
    FALGUN("Falgun", "फागुन"),
    CHAITRA("Chaitra", "चैत");

    private final String english;
    private final String nepali;

    BsMonth(String english, String nepali) {
        this.english = english;
        this.nepali = nepali;
    }

    public static BsMonth of(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("a BS month is 1 to 12, not " + month);
        }
        return values()[month - 1];
    }

    public int number() {
        return ordinal() + 1;
    }

    public String english() {
        return english;
    }

    public String nepali() {
        return nepali;
    }

    public String displayName(Language language) {
        return language == Language.NE ? nepali : english;
    }
}
