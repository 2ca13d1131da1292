using StanceTracker.Core.Classification;

namespace StanceTracker.Core.Tests.Classification;

public sealed class EmbeddingCacheTests
{
    [Fact]
    public void A_torn_last_entry_from_a_killed_process_is_ignored_and_cut_before_the_next_append()
    {
        var folder = Directory.CreateTempSubdirectory("stancetracker-cache-");
        try
        {
            var path = Path.Combine(folder.FullName, "embeddings.cache");
            var first = new EmbeddingCache(path).Embed(["Poland will not send troops."], SentenceEmbedder.Shared)[0];
            using (var stream = new FileStream(path, FileMode.Append))
            {
                stream.Write(new byte[100]); // a kill in the middle of writing the next entry
            }

            var reopened = new EmbeddingCache(path);
            var second = reopened.Embed(["The leaders agreed to keep up sanctions."], SentenceEmbedder.Shared)[0];

            var again = new EmbeddingCache(path);
            Assert.Equal(2, again.Count);
            Assert.Equal(first, again.Embed(["Poland will not send troops."], SentenceEmbedder.Shared)[0]);
            Assert.Equal(second, again.Embed(["The leaders agreed to keep up sanctions."], SentenceEmbedder.Shared)[0]);
            Assert.Equal(0, new FileInfo(path).Length % (32 + SentenceEmbedder.Dimension * 4));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
