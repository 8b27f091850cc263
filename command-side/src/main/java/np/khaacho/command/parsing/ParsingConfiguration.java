package np.khaacho.command.parsing;

import np.khaacho.command.parsing.llm.LlmOrderParser;
import np.khaacho.command.parsing.llm.LlmSettings;
import np.khaacho.command.parsing.log.AiCallLog;
import np.khaacho.command.parsing.ocr.ImageTextReader;
import np.khaacho.command.parsing.ocr.TesseractOcr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Wiring of message reading: the primary {@link OrderParser} is the LLM parser falling back to the
 * rules when an OpenAI-compatible endpoint is configured ({@code OPENAI_API_KEY} or
 * {@code OPENAI_BASE_URL}), else the rules over the live catalog; OCR by Tesseract.
 */
@Configuration
@EnableConfigurationProperties(AiSettings.class)
public class ParsingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ParsingConfiguration.class);

    @Bean
    public LiveRuleParser liveRuleParser(ParsingCatalog catalog) {
        return new LiveRuleParser(catalog);
    }

    @Bean
    @Primary
    public OrderParser orderParser(AiSettings settings, LiveRuleParser rules, ParsingCatalog catalog, AiCallLog callLog) {
        LlmSettings llm = settings.llm();
        if (!llm.configured()) {
            log.info("order parsing: rules only (set OPENAI_API_KEY or OPENAI_BASE_URL to add an LLM)");
            return rules;
        }
        log.info("order parsing: LLM {} at {}, falling back to the rules", llm.model(), llm.endpoint());
        return new LlmOrderParser(llm, catalog, rules, callLog);
    }

    @Bean
    public TesseractOcr imageTextReader(AiSettings settings) {
        return new TesseractOcr(settings.ocr().datapath(), settings.ocr().languages(), settings.ocr().poolSize());
    }

    @Bean
    public MessageReader messageReader(OrderParser orderParser, ImageTextReader imageTextReader, AiCallLog callLog,
                                       AiSettings settings, BuyerVocabularies vocabularies) {
        return new MessageReader(orderParser, imageTextReader, callLog, settings.ocr().maxImageSize().toBytes(),
                vocabularies::of);
    }
}
