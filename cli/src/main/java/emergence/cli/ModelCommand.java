package emergence.cli;

import emergence.core.BadInputException;
import emergence.core.sweep.ResultsLayout;
import emergence.report.TokenModel;
import emergence.report.TokenModelFigures;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bin/lab model}: the paper's §2 model, computed and drawn (nothing trained). */
@Command(name = "model", description = "Render the paper's §2 model (computed, not trained): per-token "
        + "cross-entropy (c/N)^alpha, p = exp(-CE), exact match p^L, edit distance L(1-p), Brier.")
final class ModelCommand implements Callable<Integer> {
    /** Named constants; {@code --c}, {@code --alpha} and {@code --vocabulary} override the preset's. */
    enum Preset {
        DEFAULT(TokenModel.DEFAULT), KAPLAN(TokenModel.KAPLAN);

        final TokenModel model;

        Preset(TokenModel model) {
            this.model = model;
        }
    }

    /** {@code default} or {@code kaplan}, any case. */
    static final class PresetConverter implements picocli.CommandLine.ITypeConverter<Preset> {
        @Override
        public Preset convert(String value) {
            for (Preset p : Preset.values()) {
                if (p.name().equalsIgnoreCase(value)) {
                    return p;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("unknown preset '" + value
                    + "'; choose default or kaplan");
        }
    }

    @Option(names = "--preset", description = "default (c = 5e10, alpha = 0.18: p from 0.05 to 0.95 over "
            + "1e8–1e18) or kaplan (Kaplan et al.'s c = 8.8e13, alpha = 0.076, as the paper: p from 0.06 to 0.61). "
            + "Default: default.", converter = PresetConverter.class)
    Preset preset = Preset.DEFAULT;

    @Option(names = "--c", description = "Power-law scale in parameters. Default: the preset's.")
    Double c;

    @Option(names = "--alpha", description = "Power-law exponent. Default: the preset's.")
    Double alpha;

    @Option(names = "--vocabulary", description = "Tokens per position (for Brier). Default: the preset's (50257).")
    Integer vocabulary;

    @Option(names = "--from", description = "Smallest parameter count. Default: 1e8.")
    double from = TokenModel.FROM;

    @Option(names = "--to", description = "Largest parameter count. Default: 1e18.")
    double to = TokenModel.TO;

    @Option(names = "--out", description = "Results root; figures go to OUT/section2/figures. Default: results.")
    Path out = ResultsLayout.COMMITTED.root();

    @Override
    public Integer call() {
        Path dir = new ResultsLayout(Inputs.writableFolder("--out", out)).section2Figures();
        TokenModelFigures figures;
        TokenModel model;
        try {
            TokenModel base = preset.model;
            model = new TokenModel(c == null ? base.c() : c, alpha == null ? base.alpha() : alpha,
                    vocabulary == null ? base.vocabulary() : vocabulary);
            figures = new TokenModelFigures(model, from, to, 60);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--c, --alpha, --vocabulary, --from, --to: " + e.getMessage());
        }
        double largest = model.crossEntropy(from);
        if (!Double.isFinite(largest)) {
            throw new BadInputException("--c " + model.c() + ", --alpha " + model.alpha() + ": the per-token "
                    + "cross-entropy (c/N)^alpha overflows at N = --from " + from + "; choose a smaller alpha or c, "
                    + "or a larger --from.");
        }
        List<Path> files = figures.write(dir);
        LoggerFactory.getLogger(ModelCommand.class).info("§2 model: {} figures in {}", files.size(), dir);
        return 0;
    }
}
