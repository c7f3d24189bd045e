; certjax: rule estimators.score_BernoulliLogits, obligation 'score_identity@1', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun log!50 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x19)))
 (not $x23)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x19)))
 (not $x23)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x49 (- ?x18)))
 (let ((?x50 (/ ?x49 ?x19)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let ((?x52 (- ?x51)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x45 (/ 1.0 exp!2)))
 (let ((?x54 (* ?x45 ?x53)))
 (let ((?x55 (* |f[1]| ?x54)))
 (let ((?x44 (- |f[1]|)))
 (let ((?x46 (* ?x44 ?x45)))
 (let ((?x47 (+ |f[1]| ?x46)))
 (let ((?x48 (* ?x45 ?x47)))
 (or (and (distinct ?x48 ?x55) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!50 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!50) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!50 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!50)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!50 () Real)
(declare-fun log!71 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x56 (* 1.0 exp!1)))
 (let ((?x57 (+ 1.0 ?x56)))
 (< 0.0 ?x57))))
(assert
 (let ((?x56 (* 1.0 exp!1)))
 (let ((?x57 (+ 1.0 ?x56)))
 (let (($x179 (= 0.0 ?x57)))
 (not $x179)))))
(assert
 (let ((?x56 (* 1.0 exp!1)))
 (let ((?x57 (+ 1.0 ?x56)))
 (< 0.0 ?x57))))
(assert
 (let ((?x56 (* 1.0 exp!1)))
 (let ((?x57 (+ 1.0 ?x56)))
 (let (($x179 (= 0.0 ?x57)))
 (not $x179)))))
(assert
 (let ((?x56 (* 1.0 exp!1)))
 (let ((?x57 (+ 1.0 ?x56)))
 (let ((?x97 (/ ?x56 ?x57)))
 (let ((?x106 (- ?x97)))
 (let ((?x107 (+ 1.0 ?x106)))
 (let ((?x94 (/ ?x56 exp!3)))
 (let ((?x85 (* ?x94 ?x107)))
 (let ((?x86 (* |f[1]| ?x85)))
 (let ((?x44 (- |f[1]|)))
 (let ((?x91 (* ?x44 ?x94)))
 (let ((?x92 (+ |f[1]| ?x91)))
 (let ((?x96 (* ?x94 ?x92)))
 (or (and (distinct ?x96 ?x86) true)))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!50 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!50) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!50 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!50)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!71 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!71) (< exp!1 exp!3)))
(assert
 (= (< log!71 log!50) (< exp!3 exp!2)))
(assert
 (= (< log!50 log!71) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!71 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!71)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
