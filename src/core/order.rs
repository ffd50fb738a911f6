//! The crate's sorting, with no copy of core's sort (each `sort_by` closure and element type costs 1–4 KB of wasm): a radix sort of `u64` keys and a merge of ascending runs.

/// Sorts `keys` ascending: a least-significant-digit radix sort, a byte at a time, skipping the
/// bytes all keys share (days use 3 of 8). O(n) per byte and one buffer as long as `keys`.
pub fn sort_keys(keys: &mut Vec<u64>) {
    // The bits where some key differs from the first: bytes without any are already in order.
    let first = keys.first().copied().unwrap_or(0);
    let differ = keys.iter().fold(0, |acc, &k| acc | (k ^ first));
    let mut buffer = vec![0u64; keys.len()];
    for shift in (0..64).step_by(8) {
        if (differ >> shift) & 0xff == 0 {
            continue;
        }
        let byte = |k: u64| ((k >> shift) & 0xff) as usize;
        let mut starts = [0usize; 256];
        for &k in keys.iter() {
            if let Some(count) = starts.get_mut(byte(k)) {
                *count += 1;
            }
        }
        let mut total = 0;
        for start in starts.iter_mut() {
            let count = *start;
            *start = total;
            total += count;
        }
        for &k in keys.iter() {
            if let Some(start) = starts.get_mut(byte(k)) {
                if let Some(slot) = buffer.get_mut(*start) {
                    *slot = k;
                }
                *start += 1;
            }
        }
        std::mem::swap(keys, &mut buffer);
    }
}

/// The sort key of a day (or any `i32`): ascending days give ascending keys, all below 2^32.
pub fn i32_key(x: i32) -> u64 {
    u64::from((x as u32) ^ 0x8000_0000)
}

/// The sort key of an `f64` in `f64::total_cmp`'s order (−NaN < −∞ < … < −0 < +0 < … < +∞ < NaN).
pub fn f64_key(x: f64) -> u64 {
    let bits = x.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    }
}

/// The permutation that sorts `keys` stably: indexes into `keys`, smallest key first, equal keys
/// in index order (what `sort_by_key` on the indexes gives). Fewer than 2^32 keys.
pub fn stable_order(keys: &[u64]) -> Vec<usize> {
    const LOW: u64 = 0xffff_ffff;
    // Each key with its index in one u64, the key above: keys of 2^32 or more are replaced by
    // their rank among the distinct keys first, which keeps their order.
    let big = keys.iter().any(|&k| k > LOW);
    let mut distinct = Vec::new();
    if big {
        distinct = keys.to_vec();
        sort_keys(&mut distinct);
        distinct.dedup();
    }
    // Plain loops: three `map(..).collect()` shapes were three functions of their own (with
    // `union_of_ascending`'s: 146,717 → 145,835 bytes after wasm-opt -Oz, 68,822 → 68,491
    // gzipped, measured 2026-11-25).
    let mut packed: Vec<u64> = Vec::with_capacity(keys.len());
    for (&k, i) in keys.iter().zip(0u64..) {
        let high = if big { distinct.partition_point(|&d| d < k) as u64 } else { k };
        packed.push((high << 32) | (i & LOW));
    }
    sort_keys(&mut packed);
    let mut order = Vec::with_capacity(packed.len());
    for p in packed {
        order.push((p & LOW) as usize);
    }
    order
}

/// Sorts `items` stably by `key`, as `items.sort_by_key(key)` would.
pub fn sort_by_key<T>(items: &mut [T], key: impl Fn(&T) -> u64) {
    let keys: Vec<u64> = items.iter().map(key).collect();
    permute(stable_order(&keys), &mut |a, b| items.swap(a, b));
}

/// Moves item `order[j]` to place `j` with `swap`: follows each cycle of the permutation once,
/// marking places done by pointing them at themselves. Not generic, so one copy serves all types.
fn permute(mut order: Vec<usize>, swap: &mut dyn FnMut(usize, usize)) {
    for start in 0..order.len() {
        let mut place = start;
        while let Some(&from) = order.get(place) {
            if let Some(slot) = order.get_mut(place) {
                *slot = place;
            }
            if from == start || from == place {
                break;
            }
            swap(place, from);
            place = from;
        }
    }
}

/// Every day of any of `runs`, ascending, once: the union of runs that are each strictly
/// ascending (a series' days), merged pairwise in rounds, O(n log runs) and no sort.
pub fn union_of_ascending<'a>(runs: impl Iterator<Item = &'a [i32]>) -> Vec<i32> {
    let mut round = Vec::new();
    for run in runs {
        round.push(run.to_vec());
    }
    union_in_rounds(round)
}

fn union_in_rounds(mut round: Vec<Vec<i32>>) -> Vec<i32> {
    while round.len() > 1 {
        let mut next = Vec::with_capacity(round.len() / 2 + 1);
        let mut runs = round.into_iter();
        while let Some(a) = runs.next() {
            next.push(match runs.next() {
                Some(b) => merge(&a, &b),
                None => a,
            });
        }
        round = next;
    }
    round.pop().unwrap_or_default()
}

/// The union of two strictly ascending runs, strictly ascending.
fn merge(a: &[i32], b: &[i32]) -> Vec<i32> {
    let mut out = Vec::with_capacity(a.len().max(b.len()));
    let (mut a, mut b) = (a.iter().peekable(), b.iter().peekable());
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(&&x), Some(&&y)) => {
                if x <= y {
                    a.next();
                }
                if y <= x {
                    b.next();
                }
                x.min(y)
            }
            (Some(_), None) => {
                out.extend(a);
                break;
            }
            (None, Some(_)) => {
                out.extend(b);
                break;
            }
            (None, None) => break,
        };
        out.push(next);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f64_keys_follow_total_cmp() {
        let xs =
            [f64::NAN, -f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 0.0, -0.0, 1.5, -1.5, 5e-324, -5e-324];
        for a in xs {
            for b in xs {
                assert_eq!(f64_key(a).cmp(&f64_key(b)), a.total_cmp(&b), "{a} {b}");
            }
        }
    }

    #[test]
    fn day_keys_keep_order_and_come_back() {
        let days = [i32::MIN, -719_162, -1, 0, 1, 2_932_896, i32::MAX];
        assert!(days.windows(2).all(|w| i32_key(w[0]) < i32_key(w[1]) && i32_key(w[1]) <= 0xffff_ffff));
        let runs: [&[i32]; 4] = [&[-1, 3], &[i32::MIN, 0, 3], &[], &[-1, 5]];
        assert_eq!(union_of_ascending(runs.into_iter()), [i32::MIN, -1, 0, 3, 5]);
    }

    #[test]
    fn stable_order_keeps_equal_keys_in_index_order() {
        assert_eq!(stable_order(&[5, 3, 5, 1, 3]), [3, 1, 4, 0, 2]);
        assert_eq!(stable_order(&[u64::MAX, 7, u64::MAX, 1 << 40, 7]), [1, 4, 3, 0, 2]);
        assert_eq!(stable_order(&[]), Vec::<usize>::new());
    }

    #[test]
    fn sort_by_key_moves_items_like_the_std_sort() {
        let mut items: Vec<(u64, char)> =
            vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e'), (2, 'f'), (0, 'g')];
        let mut expected = items.clone();
        expected.sort_by_key(|p| p.0);
        sort_by_key(&mut items, |p| p.0);
        assert_eq!(items, expected);
    }
}
