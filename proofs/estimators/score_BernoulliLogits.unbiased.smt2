; certjax: rule estimators.score_BernoulliLogits, obligation 'unbiased', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!62 () Real)
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
 (let ((?x55 (- ?x18)))
 (let ((?x56 (/ ?x55 ?x19)))
 (let ((?x57 (+ 1.0 ?x56)))
 (let ((?x58 (- ?x57)))
 (let ((?x61 (+ 1.0 ?x58)))
 (let ((?x45 (/ 1.0 exp!2)))
 (let ((?x62 (* ?x45 ?x61)))
 (let ((?x63 (* |f[1]| ?x62)))
 (let ((?x47 (/ ?x18 exp!2)))
 (let ((?x59 (* ?x47 ?x58)))
 (let ((?x60 (* |f[0]| ?x59)))
 (let ((?x64 (+ ?x60 ?x63)))
 (let ((?x50 (- |f[1]|)))
 (let ((?x51 (* ?x50 ?x45)))
 (let ((?x52 (+ |f[1]| ?x51)))
 (let ((?x53 (* ?x45 ?x52)))
 (let ((?x43 (- |f[0]|)))
 (let ((?x46 (* ?x43 ?x45)))
 (let ((?x48 (* ?x47 ?x46)))
 (let ((?x54 (+ ?x48 ?x53)))
 (or (and (distinct ?x54 ?x64) true)))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!62 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!62) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!62 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!62)))
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
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!62 () Real)
(declare-fun log!90 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x65 (* 1.0 exp!1)))
 (let ((?x66 (+ 1.0 ?x65)))
 (< 0.0 ?x66))))
(assert
 (let ((?x65 (* 1.0 exp!1)))
 (let ((?x66 (+ 1.0 ?x65)))
 (let (($x225 (= 0.0 ?x66)))
 (not $x225)))))
(assert
 (let ((?x65 (* 1.0 exp!1)))
 (let ((?x66 (+ 1.0 ?x65)))
 (< 0.0 ?x66))))
(assert
 (let ((?x65 (* 1.0 exp!1)))
 (let ((?x66 (+ 1.0 ?x65)))
 (let (($x225 (= 0.0 ?x66)))
 (not $x225)))))
(assert
 (let ((?x65 (* 1.0 exp!1)))
 (let ((?x66 (+ 1.0 ?x65)))
 (let ((?x129 (/ ?x65 ?x66)))
 (let ((?x130 (- ?x129)))
 (let ((?x142 (+ 1.0 ?x130)))
 (let ((?x138 (/ ?x65 exp!3)))
 (let ((?x144 (* ?x138 ?x142)))
 (let ((?x99 (* |f[1]| ?x144)))
 (let ((?x136 (/ 1.0 exp!3)))
 (let ((?x131 (* ?x136 ?x130)))
 (let ((?x143 (* |f[0]| ?x131)))
 (let ((?x107 (+ ?x143 ?x99)))
 (let ((?x50 (- |f[1]|)))
 (let ((?x101 (* ?x50 ?x138)))
 (let ((?x102 (+ |f[1]| ?x101)))
 (let ((?x106 (* ?x138 ?x102)))
 (let ((?x43 (- |f[0]|)))
 (let ((?x135 (* ?x43 ?x138)))
 (let ((?x98 (* ?x136 ?x135)))
 (let ((?x128 (+ ?x98 ?x106)))
 (or (and (distinct ?x128 ?x107) true)))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!62 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!62) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!62 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!62)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!90 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!90) (< exp!1 exp!3)))
(assert
 (= (< log!90 log!62) (< exp!3 exp!2)))
(assert
 (= (< log!62 log!90) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!90 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!90)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
