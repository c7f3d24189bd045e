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
(declare-fun log!59 () Real)
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
 (let ((?x54 (- ?x18)))
 (let ((?x55 (/ ?x54 ?x19)))
 (let ((?x56 (+ 1.0 ?x55)))
 (let ((?x57 (- ?x56)))
 (let ((?x58 (+ 1.0 ?x57)))
 (let ((?x50 (/ 1.0 exp!2)))
 (let ((?x59 (* ?x50 ?x58)))
 (let ((?x60 (* |f[1]| ?x59)))
 (let ((?x47 (* |f[1]| 1.0)))
 (let ((?x45 (* 0.0 1.0)))
 (let ((?x48 (+ ?x45 ?x47)))
 (let ((?x49 (- ?x48)))
 (let ((?x51 (* ?x50 ?x49)))
 (let ((?x52 (+ ?x48 ?x51)))
 (let ((?x53 (* ?x50 ?x52)))
 (or (and (distinct ?x53 ?x60) true))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!59 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!59) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!59 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!59)))
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
(declare-fun log!59 () Real)
(declare-fun log!87 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x61 (* 1.0 exp!1)))
 (let ((?x62 (+ 1.0 ?x61)))
 (< 0.0 ?x62))))
(assert
 (let ((?x61 (* 1.0 exp!1)))
 (let ((?x62 (+ 1.0 ?x61)))
 (let (($x185 (= 0.0 ?x62)))
 (not $x185)))))
(assert
 (let ((?x61 (* 1.0 exp!1)))
 (let ((?x62 (+ 1.0 ?x61)))
 (< 0.0 ?x62))))
(assert
 (let ((?x61 (* 1.0 exp!1)))
 (let ((?x62 (+ 1.0 ?x61)))
 (let (($x185 (= 0.0 ?x62)))
 (not $x185)))))
(assert
 (let ((?x61 (* 1.0 exp!1)))
 (let ((?x62 (+ 1.0 ?x61)))
 (let ((?x113 (/ ?x61 ?x62)))
 (let ((?x131 (- ?x113)))
 (let ((?x135 (+ 1.0 ?x131)))
 (let ((?x141 (/ ?x61 exp!3)))
 (let ((?x136 (* ?x141 ?x135)))
 (let ((?x137 (* |f[1]| ?x136)))
 (let ((?x47 (* |f[1]| 1.0)))
 (let ((?x45 (* 0.0 1.0)))
 (let ((?x48 (+ ?x45 ?x47)))
 (let ((?x49 (- ?x48)))
 (let ((?x102 (* ?x141 ?x49)))
 (let ((?x103 (+ ?x48 ?x102)))
 (let ((?x112 (* ?x141 ?x103)))
 (or (and (distinct ?x112 ?x137) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!59 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!59) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!59 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!59)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!87 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!87) (< exp!1 exp!3)))
(assert
 (= (< log!87 log!59) (< exp!3 exp!2)))
(assert
 (= (< log!59 log!87) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!87 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!87)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
