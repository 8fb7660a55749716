package cx.touchpoint.theme;

import java.util.Collection;

/** Arithmetic on embedding vectors: unit length, cosine similarity (a dot product of unit vectors), means. */
final class Vectors {

    private Vectors() {}

    static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] u = new float[v.length];
        if (norm == 0) {
            return u;
        }
        for (int i = 0; i < v.length; i++) {
            u[i] = (float) (v[i] / norm);
        }
        return u;
    }

    /** The cosine similarity of two unit vectors, -1 to 1. */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /** The unit-length mean direction of unit vectors (the spherical centroid). */
    static float[] centroid(Collection<float[]> vectors) {
        float[] sum = null;
        for (float[] v : vectors) {
            if (sum == null) {
                sum = new float[v.length];
            }
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        return sum == null ? new float[SentenceEmbeddings.DIMENSIONS] : unit(sum);
    }

    static double[] toDoubles(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }

    static float[] toFloats(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }
}
