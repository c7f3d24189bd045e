; certjax: rule estimators.score_Geometric, obligation 'score_identity', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun probs () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(declare-fun log!10 () Real)
(declare-fun log!12 () Real)
(assert
 (let (($x13 (<= 0.0 z)))
 (let (($x9 (> 1.0 probs)))
 (let (($x7 (< 0.0 probs)))
 (let (($x10 (and $x7 $x9)))
 (and $x10 $x13))))))
(assert
 (let ((?x14 (- probs)))
 (let ((?x15 (+ ?x14 1.0)))
 (< 0.0 ?x15))))
(assert
 (< 0.0 probs))
(assert
 (let ((?x14 (- probs)))
 (let ((?x15 (+ ?x14 1.0)))
 (let (($x19 (= 0.0 ?x15)))
 (not $x19)))))
(assert
 (let (($x21 (= 0.0 probs)))
 (not $x21)))
(assert
 (let ((?x14 (- probs)))
 (let ((?x15 (+ ?x14 1.0)))
 (< 0.0 ?x15))))
(assert
 (< 0.0 probs))
(assert
 (let (($x21 (= 0.0 probs)))
 (not $x21)))
(assert
 (let ((?x14 (- probs)))
 (let ((?x15 (+ ?x14 1.0)))
 (let (($x19 (= 0.0 ?x15)))
 (not $x19)))))
(assert
 (let ((?x14 (- probs)))
 (let ((?x15 (+ ?x14 1.0)))
 (let (($x19 (= 0.0 ?x15)))
 (not $x19)))))
(assert
 (let (($x21 (= 0.0 probs)))
 (not $x21)))
(assert
 (let ((?x87 (/ 1.0 probs)))
 (let ((?x14 (- probs)))
 (let ((?x15 (+ ?x14 1.0)))
 (let ((?x85 (/ (- 1.0) ?x15)))
 (let ((?x86 (* z ?x85)))
 (let ((?x88 (+ ?x86 ?x87)))
 (let ((?x82 (* (* 1.0 exp!2) exp!3)))
 (let ((?x89 (* ?x82 ?x88)))
 (let ((?x90 (* f ?x89)))
 (let ((?x55 (* f 1.0)))
 (let ((?x53 (* 1.0 0.0)))
 (let ((?x56 (+ ?x53 ?x55)))
 (let ((?x58 (* z ?x56)))
 (let ((?x59 (/ ?x58 ?x15)))
 (let ((?x60 (- ?x59)))
 (let ((?x57 (/ ?x56 probs)))
 (let ((?x61 (+ ?x57 ?x60)))
 (let ((?x83 (* ?x82 ?x61)))
 (or (and (distinct ?x83 ?x90) true)))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!10 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!10)))
(assert
 (=> (> (+ (- probs) 1.0) 0.0) (= exp!1 (+ (- probs) 1.0))))
(assert
 (= (< log!12 log!10) (< exp!2 exp!1)))
(assert
 (= (< log!10 log!12) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!12 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!12)))
(assert
 (let (($x48 (= exp!2 probs)))
 (=> (> probs 0.0) $x48)))
(assert
 (= (< (* z log!10) log!10) (< exp!3 exp!1)))
(assert
 (= (< log!10 (* z log!10)) (< exp!1 exp!3)))
(assert
 (= (< (* z log!10) log!12) (< exp!3 exp!2)))
(assert
 (= (< log!12 (* z log!10)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (* z log!10) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (* z log!10))))
(check-sat)
(pop 1)
