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
(declare-fun log!66 () Real)
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
 (= (< log!66 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!66) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!66 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!66)))
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
(declare-fun log!66 () Real)
(declare-fun log!94 () Real)
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
 (let ((?x128 (/ ?x61 ?x62)))
 (let ((?x88 (- ?x128)))
 (let ((?x89 (+ 1.0 ?x88)))
 (let ((?x130 (/ ?x61 exp!3)))
 (let ((?x110 (* ?x130 ?x89)))
 (let ((?x111 (* |f[1]| ?x110)))
 (let ((?x47 (* |f[1]| 1.0)))
 (let ((?x45 (* 0.0 1.0)))
 (let ((?x48 (+ ?x45 ?x47)))
 (let ((?x49 (- ?x48)))
 (let ((?x131 (* ?x130 ?x49)))
 (let ((?x132 (+ ?x48 ?x131)))
 (let ((?x125 (* ?x130 ?x132)))
 (or (and (distinct ?x125 ?x111) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!66 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!66) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!66 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!66)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!94 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!94) (< exp!1 exp!3)))
(assert
 (= (< log!94 log!66) (< exp!3 exp!2)))
(assert
 (= (< log!66 log!94) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!94 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!94)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
