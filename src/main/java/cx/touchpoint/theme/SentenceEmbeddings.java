package cx.touchpoint.theme;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized ONNX, shipped inside langchain4j's Maven artifact): 384
 * numbers per text, scaled to unit length so that a dot product is the cosine similarity. Runs on this server;
 * nothing is downloaded and no text leaves it. The model (about 23 MB on disk, ~90 MB of heap and native memory
 * once loaded) is loaded once per JVM, on first use, and shared by every Spring context in it.
 */
final class SentenceEmbeddings {

    static final int DIMENSIONS = 384;

    private static volatile EmbeddingModel model;

    private SentenceEmbeddings() {}

    private static EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (SentenceEmbeddings.class) {
                loaded = model;
                if (loaded == null) {
                    loaded = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    /** One unit vector of {@link #DIMENSIONS} per text, in order. Texts must not be blank. */
    static float[][] embed(List<String> texts) {
        List<Embedding> embeddings =
                model().embedAll(texts.stream().map(TextSegment::from).toList()).content();
        float[][] vectors = new float[embeddings.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = Vectors.unit(embeddings.get(i).vector());
        }
        return vectors;
    }

    /** The unit vector of one text. */
    static float[] embed(String text) {
        return embed(List.of(text))[0];
    }
}
