; certjax: rule estimators.score_constant_baseline_Geometric, obligation 'score_identity', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun probs () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!11 () Real)
(declare-fun log!13 () Real)
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
 (let ((?x54 (- b)))
 (let ((?x92 (+ f ?x54)))
 (let ((?x89 (/ 1.0 probs)))
 (let ((?x14 (- probs)))
 (let ((?x15 (+ ?x14 1.0)))
 (let ((?x87 (/ (- 1.0) ?x15)))
 (let ((?x88 (* z ?x87)))
 (let ((?x90 (+ ?x88 ?x89)))
 (let ((?x84 (* (* 1.0 exp!2) exp!3)))
 (let ((?x91 (* ?x84 ?x90)))
 (let ((?x93 (* ?x91 ?x92)))
 (let ((?x57 (* f 1.0)))
 (let ((?x55 (* 1.0 ?x54)))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x60 (* z ?x58)))
 (let ((?x61 (/ ?x60 ?x15)))
 (let ((?x62 (- ?x61)))
 (let ((?x59 (/ ?x58 probs)))
 (let ((?x63 (+ ?x59 ?x62)))
 (let ((?x85 (* ?x84 ?x63)))
 (or (and (distinct ?x85 ?x93) true)))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!11 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!11)))
(assert
 (=> (> (+ (- probs) 1.0) 0.0) (= exp!1 (+ (- probs) 1.0))))
(assert
 (= (< log!13 log!11) (< exp!2 exp!1)))
(assert
 (= (< log!11 log!13) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!13 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!13)))
(assert
 (let (($x48 (= exp!2 probs)))
 (=> (> probs 0.0) $x48)))
(assert
 (= (< (* z log!11) log!11) (< exp!3 exp!1)))
(assert
 (= (< log!11 (* z log!11)) (< exp!1 exp!3)))
(assert
 (= (< (* z log!11) log!13) (< exp!3 exp!2)))
(assert
 (= (< log!13 (* z log!11)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (* z log!11) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (* z log!11))))
(check-sat)
(pop 1)
