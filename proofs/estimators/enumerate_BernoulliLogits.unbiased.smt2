; certjax: rule estimators.enumerate_BernoulliLogits, obligation 'unbiased', verdict proved
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
(declare-fun log!63 () Real)
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
 (let ((?x57 (- ?x18)))
 (let ((?x58 (/ ?x57 ?x19)))
 (let ((?x59 (+ 1.0 ?x58)))
 (let ((?x60 (- ?x59)))
 (let ((?x63 (+ 1.0 ?x60)))
 (let ((?x44 (/ 1.0 exp!2)))
 (let ((?x64 (* ?x44 ?x63)))
 (let ((?x65 (* |f[1]| ?x64)))
 (let ((?x50 (/ ?x18 exp!2)))
 (let ((?x61 (* ?x50 ?x60)))
 (let ((?x62 (* |f[0]| ?x61)))
 (let ((?x66 (+ ?x62 ?x65)))
 (let ((?x51 (* |f[0]| ?x50)))
 (let ((?x55 (* 0.0 ?x51)))
 (let ((?x52 (- ?x51)))
 (let ((?x53 (* ?x44 ?x52)))
 (let ((?x45 (* |f[1]| ?x44)))
 (let ((?x46 (- ?x45)))
 (let ((?x47 (* ?x44 ?x46)))
 (let ((?x48 (+ ?x45 ?x47)))
 (let ((?x54 (+ ?x48 ?x53)))
 (let ((?x56 (+ ?x54 ?x55)))
 (or (and (distinct ?x56 ?x66) true)))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!63 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!63) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!63 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!63)))
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
(declare-fun log!63 () Real)
(declare-fun log!95 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x67 (* 1.0 exp!1)))
 (let ((?x68 (+ 1.0 ?x67)))
 (< 0.0 ?x68))))
(assert
 (let ((?x67 (* 1.0 exp!1)))
 (let ((?x68 (+ 1.0 ?x67)))
 (let (($x213 (= 0.0 ?x68)))
 (not $x213)))))
(assert
 (let ((?x67 (* 1.0 exp!1)))
 (let ((?x68 (+ 1.0 ?x67)))
 (< 0.0 ?x68))))
(assert
 (let ((?x67 (* 1.0 exp!1)))
 (let ((?x68 (+ 1.0 ?x67)))
 (let (($x213 (= 0.0 ?x68)))
 (not $x213)))))
(assert
 (let ((?x67 (* 1.0 exp!1)))
 (let ((?x68 (+ 1.0 ?x67)))
 (let ((?x101 (/ ?x67 ?x68)))
 (let ((?x124 (- ?x101)))
 (let ((?x132 (+ 1.0 ?x124)))
 (let ((?x97 (/ ?x67 exp!3)))
 (let ((?x117 (* ?x97 ?x132)))
 (let ((?x118 (* |f[1]| ?x117)))
 (let ((?x102 (/ 1.0 exp!3)))
 (let ((?x130 (* ?x102 ?x124)))
 (let ((?x131 (* |f[0]| ?x130)))
 (let ((?x125 (+ ?x131 ?x118)))
 (let ((?x103 (* |f[0]| ?x102)))
 (let ((?x135 (* 0.0 ?x103)))
 (let ((?x123 (- ?x103)))
 (let ((?x133 (* ?x97 ?x123)))
 (let ((?x105 (* |f[1]| ?x97)))
 (let ((?x106 (- ?x105)))
 (let ((?x128 (* ?x97 ?x106)))
 (let ((?x129 (+ ?x105 ?x128)))
 (let ((?x134 (+ ?x129 ?x133)))
 (let ((?x104 (+ ?x134 ?x135)))
 (or (and (distinct ?x104 ?x125) true)))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!63 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!63) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!63 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!63)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!95 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!95) (< exp!1 exp!3)))
(assert
 (= (< log!95 log!63) (< exp!3 exp!2)))
(assert
 (= (< log!63 log!95) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!95 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!95)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
