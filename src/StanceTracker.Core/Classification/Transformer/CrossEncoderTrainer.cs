using System.Diagnostics;
using System.Globalization;
using TorchSharp;
using static TorchSharp.torch;

namespace StanceTracker.Core.Classification.Transformer;

/// <summary>
/// A fine-tuned cross-encoder before it is wrapped for classification: the weights, the topics it reads, the softmax
/// temperature fitted on the held-back calibration statements, and what those statements measured.
/// </summary>
internal sealed record TrainedCrossEncoder(
    StanceCrossEncoder Module, IReadOnlyList<Topic> Topics, CrossEncoderSettings Settings, Temperatures Temperatures, CalibrationCheck Check,
    int Examples, int Steps, TimeSpan Duration);

/// <summary>Softmax temperatures fitted on the calibration statements: one for the relevance output, one for the stance outputs.</summary>
public sealed record Temperatures(double Relevance, double Stance);

/// <summary>
/// Figures on the calibration statements (held out of training): how often "takes a position on this topic" is right
/// over all pairs, and the stance over the pairs that do; and the log-loss of each before and after its temperature.
/// </summary>
public sealed record CalibrationCheck(int Pairs, double RelevanceAccuracy, int Positions, double StanceAccuracy, double RelevanceLogLoss, double StanceLogLoss);

/// <summary>
/// Fine-tunes <see cref="StanceCrossEncoder"/> end to end from all-MiniLM-L6-v2's weights on labelled statements
/// (<see cref="CrossEncoderExamples"/>): AdamW, linear warm-up then linear decay, gradient clipping, batches of similar
/// length so little is padded, one dispose scope per batch (TorchSharp frees native tensors only when told). A share of
/// the statements is held back to fit a softmax temperature, so confidences mean what they say. Deterministic for a seed
/// on a given machine. Cancellable between batches.
/// </summary>
internal static class CrossEncoderTrainer
{
    public static TrainedCrossEncoder Train(
        IReadOnlyList<LabelledStatement> lines, IReadOnlyList<Topic> catalogue, CrossEncoderSettings settings, EmbeddingCache? cache,
        IProgress<TrainingProgress>? progress, int threads, CancellationToken cancellation)
    {
        if (threads > 0)
        {
            // libtorch's OpenMP threads spin while they wait: on cores shared with other work (a dashboard, a build),
            // two threads ran three times slower than one. Hosts that share the machine ask for fewer.
            torch.set_num_threads(threads);
        }
        var clock = Stopwatch.StartNew();
        var topics = TopicsOf(lines, catalogue);
        var (texts, labels, _) = LabelledTexts.Group(lines, topics.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal));

        progress?.Report(new TrainingProgress(0, $"Embedding {texts.Count} statements to choose negative topics..."));
        var embedder = SentenceEmbedder.Shared;
        var textVectors = cache is null ? embedder.Embed(texts) : cache.Embed(texts, embedder);
        var topicVectors = embedder.Embed(topics.Select(Describe).ToList());
        var random = new Random(settings.Seed);
        var examples = CrossEncoderExamples.Build(labels, textVectors, topicVectors, settings, random);

        // Calibration statements: whole statements (every pair of theirs) are held out, never trained on.
        var held = Enumerable.Range(0, texts.Count).ToArray();
        random.Shuffle(held);
        var calibrationTexts = held.Take((int)(texts.Count * settings.CalibrationFraction)).ToHashSet();
        var training = examples.Where(e => !calibrationTexts.Contains(e.Text)).ToList();
        var calibration = examples.Where(e => calibrationTexts.Contains(e.Text)).ToList();

        var tokenizer = new PairTokenizer(settings.MaxLength);
        var propositions = topics.Select(t => tokenizer.Tokens(t.Proposition)).ToArray();
        var statements = texts.Select(t => tokenizer.Tokens(settings.ReportedContentOnly ? ReportedContent.Of(t) : t)).ToArray();
        EncodedPair PairOf(CrossEncoderExample e) => tokenizer.Pair(propositions[e.Topic], statements[e.Text]);
        var pairs = training.Select(PairOf).ToArray();

        torch.random.manual_seed(settings.Seed);
        var model = new StanceCrossEncoder(BertShape.MiniLm, settings.Dropout);
        model.LoadPretrainedEncoder();
        model.Freeze(settings.FreezeEmbeddings, settings.FrozenLayers);
        model.train();

        var stepsPerEpoch = (training.Count + settings.BatchSize - 1) / settings.BatchSize;
        var totalSteps = (int)Math.Ceiling(stepsPerEpoch * settings.Epochs);
        if (settings.MaxSteps is { } cap)
        {
            totalSteps = Math.Min(totalSteps, cap);
        }
        var warmup = Math.Max(1, (int)(totalSteps * settings.WarmupFraction));
        var trainable = model.parameters().Where(p => p.requires_grad).ToList();
        using var optimizer = optim.AdamW(trainable, settings.LearningRate, weight_decay: settings.WeightDecay);
        var schedule = optim.lr_scheduler.LambdaLR(optimizer, step =>
            step < warmup ? (step + 1) / (double)warmup : Math.Max(0.0, (totalSteps - step) / (double)Math.Max(1, totalSteps - warmup)));

        var step = 0;
        var epoch = 0;
        var lossSum = 0.0;
        var lossCount = 0;
        var loopClock = Stopwatch.StartNew();
        progress?.Report(new TrainingProgress(0, string.Create(CultureInfo.InvariantCulture,
            $"Fine-tuning on {training.Count} (topic, statement) pairs from {texts.Count - calibrationTexts.Count} statements: {totalSteps} steps of {settings.BatchSize}...")));
        while (step < totalSteps)
        {
            foreach (var batch in LengthBatches(pairs, settings.BatchSize, random))
            {
                if (step >= totalSteps)
                {
                    break;
                }
                cancellation.ThrowIfCancellationRequested();
                using (NewDisposeScope())
                {
                    using var inputs = PairTokenizer.Batch(batch.Select(i => pairs[i]).ToList());
                    var target = tensor(batch.Select(i => (long)training[i].Label).ToArray());
                    var loss = StanceCrossEncoder.Loss(model.Forward(inputs), target);
                    optimizer.zero_grad();
                    loss.backward();
                    nn.utils.clip_grad_norm_(trainable, 1.0);
                    optimizer.step();
                    schedule.step();
                    lossSum += loss.item<float>();
                    lossCount++;
                }
                step++;
                if (step % 25 == 0 || step == totalSteps)
                {
                    var remaining = TimeSpan.FromSeconds(loopClock.Elapsed.TotalSeconds / step * (totalSteps - step));
                    progress?.Report(new TrainingProgress(0.95 * step / totalSteps, string.Create(CultureInfo.InvariantCulture,
                        $"Fine-tuning: step {step}/{totalSteps} (epoch {epoch + 1}), loss {lossSum / lossCount:0.000}, about {remaining.TotalMinutes:0.0} min left")));
                    lossSum = 0;
                    lossCount = 0;
                }
            }
            epoch++;
        }
        model.eval();

        progress?.Report(new TrainingProgress(0.96, $"Calibrating confidence on {calibration.Count} held-out pairs..."));
        var logits = Logits(model, calibration.Select(PairOf).ToList());
        var gold = calibration.Select(e => e.Label).ToArray();
        var (temperatures, check) = Calibrate(logits, gold);
        progress?.Report(new TrainingProgress(1, string.Create(CultureInfo.InvariantCulture,
            $"Calibration on {check.Pairs} held-out pairs: topic right {check.RelevanceAccuracy:0.000}, stance right {check.StanceAccuracy:0.000} of {check.Positions} positions; temperatures {temperatures.Relevance:0.00} / {temperatures.Stance:0.00}")));
        return new TrainedCrossEncoder(model, topics, settings, temperatures, check, training.Count, step, clock.Elapsed);
    }

    /// <summary>The raw scores of pairs, batched by length; in input order.</summary>
    internal static float[][] Logits(StanceCrossEncoder model, IReadOnlyList<EncodedPair> pairs, int batchSize = 32)
    {
        var result = new float[pairs.Count][];
        var order = Enumerable.Range(0, pairs.Count).OrderBy(i => pairs[i].Length).ToArray();
        using var noGrad = no_grad();
        foreach (var chunk in order.Chunk(batchSize))
        {
            using var scope = NewDisposeScope();
            using var inputs = PairTokenizer.Batch(chunk.Select(i => pairs[i]).ToList());
            var scores = model.Forward(inputs).data<float>().ToArray();
            for (var k = 0; k < chunk.Length; k++)
            {
                result[chunk[k]] = scores.AsSpan(k * StanceCrossEncoder.Outputs, StanceCrossEncoder.Outputs).ToArray();
            }
        }
        return result;
    }

    /// <summary>
    /// The temperatures that minimise the log-loss of the held-out pairs' relevance and of their stance (over the pairs
    /// that take one): one-parameter fits, searched on a grid.
    /// </summary>
    internal static (Temperatures Temperatures, CalibrationCheck Check) Calibrate(float[][] logits, int[] gold)
    {
        var positions = Enumerable.Range(0, gold.Length).Where(i => gold[i] != StanceCrossEncoder.NotAboutTopic).ToArray();
        double RelevanceLoss(double t) => Mean(Enumerable.Range(0, gold.Length), i =>
            -Math.Log(Math.Max(1e-12, gold[i] == StanceCrossEncoder.NotAboutTopic ? 1 - About(logits[i], t) : About(logits[i], t))));
        double StanceLoss(double t) => Mean(positions, i =>
            -Math.Log(Math.Max(1e-12, StanceProbabilities(logits[i], t)[gold[i] - StanceCrossEncoder.FirstStance])));
        var relevance = BestTemperature(RelevanceLoss);
        var stance = BestTemperature(StanceLoss);
        var relevanceRight = Enumerable.Range(0, gold.Length).Count(i => (About(logits[i], 1) >= 0.5) == (gold[i] != StanceCrossEncoder.NotAboutTopic));
        var stanceRight = positions.Count(i => BestStance(logits[i]) == gold[i] - StanceCrossEncoder.FirstStance);
        return (new Temperatures(relevance, stance), new CalibrationCheck(
            gold.Length, gold.Length == 0 ? 0 : relevanceRight / (double)gold.Length, positions.Length,
            positions.Length == 0 ? 0 : stanceRight / (double)positions.Length, RelevanceLoss(relevance), StanceLoss(stance)));
    }

    private static double BestTemperature(Func<double, double> loss)
    {
        var best = (T: 1.0, Loss: loss(1.0));
        for (var t = 0.5; t <= 4.0001; t += 0.05)
        {
            var l = loss(t);
            if (l < best.Loss)
            {
                best = (t, l);
            }
        }
        return Math.Round(best.T, 2);
    }

    private static double Mean(IEnumerable<int> items, Func<int, double> value)
    {
        var list = items.ToList();
        return list.Count == 0 ? 0 : list.Average(value);
    }

    /// <summary>The probability that the statement takes a position on the topic.</summary>
    internal static double About(float[] logits, double temperature) => 1 / (1 + Math.Exp(-logits[StanceCrossEncoder.Relevance] / temperature));

    /// <summary>The four stance probabilities, in <see cref="Stance"/> order.</summary>
    internal static double[] StanceProbabilities(float[] logits, double temperature)
    {
        var stances = logits.AsSpan(StanceCrossEncoder.FirstStance).ToArray();
        var max = stances.Max();
        var exp = stances.Select(l => Math.Exp((l - max) / temperature)).ToArray();
        var total = exp.Sum();
        return exp.Select(e => e / total).ToArray();
    }

    internal static int BestStance(float[] logits) => Scores.ArgMax(logits.AsSpan(StanceCrossEncoder.FirstStance).ToArray());

    /// <summary>The text a topic is embedded as when choosing negatives: label, proposition and description.</summary>
    internal static string Describe(Topic topic) => $"{topic.Label}. {topic.Proposition} {topic.Description}";

    /// <summary>The catalogue topics the lines use, in catalogue order; a topic without a proposition cannot be read against.</summary>
    internal static IReadOnlyList<Topic> TopicsOf(IReadOnlyList<LabelledStatement> lines, IReadOnlyList<Topic> catalogue)
    {
        var used = lines.Where(l => l.HasTopic).Select(l => l.Topic).ToHashSet(StringComparer.Ordinal);
        var unknown = used.Where(id => catalogue.All(t => t.Id != id)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException(
                $"the training data uses topics with no proposition in the topic file: {string.Join(", ", unknown)} (add them to topics.json: the transformer reads each statement against its topic's proposition)");
        }
        var topics = catalogue.Where(t => used.Contains(t.Id)).ToList();
        return topics.Count > 0 ? topics : throw new InvalidDataException("the training data has no line with a topic other than 'none'");
    }

    /// <summary>
    /// Shuffled batches whose pairs have similar lengths: the pairs are shuffled, cut into pools of 50 batches, each pool
    /// sorted by length and cut into batches, and the batches shuffled again.
    /// </summary>
    private static List<int[]> LengthBatches(EncodedPair[] pairs, int size, Random random)
    {
        var order = Enumerable.Range(0, pairs.Length).ToArray();
        random.Shuffle(order);
        var batches = new List<int[]>();
        foreach (var pool in order.Chunk(size * 50))
        {
            batches.AddRange(pool.OrderBy(i => pairs[i].Length).Chunk(size));
        }
        var shuffled = batches.ToArray();
        random.Shuffle(shuffled);
        return [.. shuffled];
    }
}
