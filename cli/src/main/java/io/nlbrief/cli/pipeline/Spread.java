package io.nlbrief.cli.pipeline;

import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Spreads elements over {@code groups} groups by the hash of their name, through a shuffle, so
 * that the next stage runs on every worker. Instead of Beam's {@code Reshuffle.viaRandomKey()}:
 * that gives nearly every element a key of its own, and the DirectRunner makes one bundle per
 * key and serializes the next stage's {@code DoFn} for every bundle, which on 10,000 articles
 * cost more than the briefs themselves. A few groups per thread keep the work balanced; the keys
 * depend only on the names, so a re-run groups alike.
 */
final class Spread<T> extends PTransform<PCollection<T>, PCollection<T>> {
  private static final long serialVersionUID = 1L;
  private final int groups;
  private final SerializableFunction<T, String> name;

  Spread(int groups, SerializableFunction<T, String> name) {
    this.groups = groups;
    this.name = name;
  }

  @Override
  public PCollection<T> expand(PCollection<T> input) {
    Coder<T> coder = input.getCoder();
    return input
        .apply("Key", ParDo.of(new Key<>(groups, name)))
        .setCoder(KvCoder.of(VarIntCoder.of(), coder))
        .apply("Group", GroupByKey.create())
        .apply("Ungroup", ParDo.of(new Ungroup<T>()))
        .setCoder(coder);
  }

  static final class Key<T> extends DoFn<T, KV<Integer, T>> {
    private static final long serialVersionUID = 1L;
    private final int groups;
    private final SerializableFunction<T, String> name;

    Key(int groups, SerializableFunction<T, String> name) {
      this.groups = groups;
      this.name = name;
    }

    @ProcessElement
    public void process(@Element T element, OutputReceiver<KV<Integer, T>> out) {
      out.output(KV.of(Math.floorMod(name.apply(element).hashCode(), groups), element));
    }
  }

  static final class Ungroup<T> extends DoFn<KV<Integer, Iterable<T>>, T> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<T>> group, OutputReceiver<T> out) {
      for (T element : group.getValue()) {
        out.output(element);
      }
    }
  }
}
