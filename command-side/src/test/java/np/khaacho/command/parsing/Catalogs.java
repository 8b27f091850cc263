package np.khaacho.command.parsing;

import java.math.BigDecimal;
import java.util.List;

/** Catalog entries for parser tests, as the demo catalog lists them. */
public final class Catalogs {

    private Catalogs() {
    }

    public static CatalogEntry sugar() {
        return new CatalogEntry("SUGAR-KG", "vendor-ktm", "Sugar", "चिनी", List.of("sugar", "chini", "चिनी"),
                "sugar-salt", "kg", null, new BigDecimal("98"));
    }

    public static CatalogEntry waiWai() {
        return new CatalogEntry("NOODLE-WAIWAI-CTN", "vendor-ltp", "Wai Wai Noodles (carton of 30)", "वाइवाइ चाउचाउ",
                List.of("wai wai", "waiwai", "chauchau", "वाइवाइ"), "noodles", "carton", "30 packet",
                new BigDecimal("600"));
    }

    public static CatalogEntry jeeraRice() {
        return new CatalogEntry("RICE-JEERA-25KG", "vendor-ktm", "Jeera Masino Rice 25 kg", "जीरा मसिनो चामल (२५ केजी)",
                List.of("jeera masino", "jira masino", "chamal", "rice"), "rice", "bag", "25 kg", new BigDecimal("2350"));
    }

    public static CatalogEntry masoorDal() {
        return new CatalogEntry("DAL-MASOOR-KG", "vendor-ktm", "Masoor Dal (Red Lentil)", "मसुरो दाल",
                List.of("masoor", "masoor dal", "masuro", "musuro dal", "dal"), "pulses", "kg", null,
                new BigDecimal("165"));
    }

    public static CatalogEntry luxSoap() {
        return new CatalogEntry("SOAP-LUX-100G", "vendor-pkr", "Lux Soap 100 g", "लक्स साबुन",
                List.of("lux", "lux soap", "sabun"), "personal-care", "piece", "100 g", new BigDecimal("65"));
    }

    public static List<CatalogEntry> small() {
        return List.of(sugar(), waiWai(), jeeraRice(), masoorDal(), luxSoap());
    }
}
