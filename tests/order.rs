//! `order`, the crate's one sort, puts things in exactly the order the std sorts it replaced did:
//! stable where they were stable, `total_cmp` for floats, over random keys with many repeats.

use indexcards::core::order::{f64_key, i32_key, sort_by_key, sort_keys, stable_order, union_of_ascending};
use proptest::prelude::*;

/// Floats with repeats and every special value: the keys of chart labels and bars.
fn float() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<u64>().prop_map(f64::from_bits),
        (-4i32..4).prop_map(f64::from),
        prop::sample::select(vec![0.0, -0.0, f64::NAN, -f64::NAN, f64::INFINITY, f64::NEG_INFINITY]),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn sort_keys_sorts_like_the_std_sort(keys in prop::collection::vec(prop_oneof![0u64..300, any::<u64>(), any::<u32>().prop_map(|k| u64::from(k) << 24)], 0..500)) {
        let mut expected = keys.clone();
        expected.sort_unstable();
        let mut got = keys;
        sort_keys(&mut got);
        prop_assert_eq!(got, expected);
    }

    #[test]
    fn stable_order_is_a_stable_sort_of_the_indexes(keys in prop::collection::vec(prop_oneof![0u64..6, any::<u64>()], 0..200)) {
        let mut expected: Vec<usize> = (0..keys.len()).collect();
        expected.sort_by_key(|&i| keys[i]);
        prop_assert_eq!(stable_order(&keys), expected);
    }

    #[test]
    fn sorting_by_a_float_key_is_sort_by_total_cmp(items in prop::collection::vec((0usize..1000, float()), 0..100)) {
        let mut expected = items.clone();
        expected.sort_by(|a, b| a.1.total_cmp(&b.1));
        let mut got = items;
        sort_by_key(&mut got, |p| f64_key(p.1));
        let bits = |v: &[(usize, f64)]| v.iter().map(|p| (p.0, p.1.to_bits())).collect::<Vec<_>>();
        prop_assert_eq!(bits(&got), bits(&expected));
    }

    #[test]
    fn sorting_by_a_day_key_is_sort_by_key(items in prop::collection::vec((prop_oneof![-3i32..3, any::<i32>()], any::<u16>()), 0..200)) {
        let mut expected = items.clone();
        expected.sort_by_key(|p| p.0);
        let mut got = items;
        sort_by_key(&mut got, |p| i32_key(p.0));
        prop_assert_eq!(got, expected);
    }

    #[test]
    fn the_union_of_ascending_runs_is_sort_then_dedup(runs in prop::collection::vec(prop::collection::btree_set(prop_oneof![-20i32..20, any::<i32>()], 0..40), 0..12)) {
        let runs: Vec<Vec<i32>> = runs.into_iter().map(|r| r.into_iter().collect()).collect();
        let mut expected: Vec<i32> = runs.concat();
        expected.sort_unstable();
        expected.dedup();
        prop_assert_eq!(union_of_ascending(runs.iter().map(Vec::as_slice)), expected);
    }
}
