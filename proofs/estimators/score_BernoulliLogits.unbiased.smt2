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
(declare-fun log!93 () Real)
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
 (let ((?x65 (- ?x18)))
 (let ((?x66 (/ ?x65 ?x19)))
 (let ((?x67 (+ 1.0 ?x66)))
 (let ((?x68 (- ?x67)))
 (let ((?x71 (+ 1.0 ?x68)))
 (let ((?x49 (/ 1.0 exp!2)))
 (let ((?x72 (* ?x49 ?x71)))
 (let ((?x73 (* |f[1]| ?x72)))
 (let ((?x53 (/ ?x18 exp!2)))
 (let ((?x69 (* ?x53 ?x68)))
 (let ((?x70 (* |f[0]| ?x69)))
 (let ((?x74 (+ ?x70 ?x73)))
 (let ((?x58 (* |f[1]| 1.0)))
 (let ((?x44 (* 0.0 1.0)))
 (let ((?x59 (+ ?x44 ?x58)))
 (let ((?x60 (- ?x59)))
 (let ((?x61 (* ?x49 ?x60)))
 (let ((?x62 (+ ?x59 ?x61)))
 (let ((?x63 (* ?x49 ?x62)))
 (let ((?x46 (* |f[0]| 1.0)))
 (let ((?x47 (+ ?x44 ?x46)))
 (let ((?x51 (* 0.0 ?x47)))
 (let ((?x48 (- ?x47)))
 (let ((?x50 (* ?x49 ?x48)))
 (let ((?x52 (+ ?x50 ?x51)))
 (let ((?x54 (* ?x53 ?x52)))
 (let ((?x64 (+ ?x54 ?x63)))
 (or (and (distinct ?x64 ?x74) true))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!93 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!93) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!93 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!93)))
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
(declare-fun log!93 () Real)
(declare-fun log!136 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x75 (* 1.0 exp!1)))
 (let ((?x76 (+ 1.0 ?x75)))
 (< 0.0 ?x76))))
(assert
 (let ((?x75 (* 1.0 exp!1)))
 (let ((?x76 (+ 1.0 ?x75)))
 (let (($x237 (= 0.0 ?x76)))
 (not $x237)))))
(assert
 (let ((?x75 (* 1.0 exp!1)))
 (let ((?x76 (+ 1.0 ?x75)))
 (< 0.0 ?x76))))
(assert
 (let ((?x75 (* 1.0 exp!1)))
 (let ((?x76 (+ 1.0 ?x75)))
 (let (($x237 (= 0.0 ?x76)))
 (not $x237)))))
(assert
 (let ((?x75 (* 1.0 exp!1)))
 (let ((?x76 (+ 1.0 ?x75)))
 (let ((?x154 (/ ?x75 ?x76)))
 (let ((?x156 (- ?x154)))
 (let ((?x121 (+ 1.0 ?x156)))
 (let ((?x147 (/ ?x75 exp!3)))
 (let ((?x151 (* ?x147 ?x121)))
 (let ((?x152 (* |f[1]| ?x151)))
 (let ((?x113 (/ 1.0 exp!3)))
 (let ((?x111 (* ?x113 ?x156)))
 (let ((?x119 (* |f[0]| ?x111)))
 (let ((?x153 (+ ?x119 ?x152)))
 (let ((?x58 (* |f[1]| 1.0)))
 (let ((?x44 (* 0.0 1.0)))
 (let ((?x59 (+ ?x44 ?x58)))
 (let ((?x60 (- ?x59)))
 (let ((?x141 (* ?x147 ?x60)))
 (let ((?x142 (+ ?x59 ?x141)))
 (let ((?x143 (* ?x147 ?x142)))
 (let ((?x46 (* |f[0]| 1.0)))
 (let ((?x47 (+ ?x44 ?x46)))
 (let ((?x51 (* 0.0 ?x47)))
 (let ((?x48 (- ?x47)))
 (let ((?x148 (* ?x147 ?x48)))
 (let ((?x110 (+ ?x148 ?x51)))
 (let ((?x114 (* ?x113 ?x110)))
 (let ((?x155 (+ ?x114 ?x143)))
 (or (and (distinct ?x155 ?x153) true))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!93 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!93) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!93 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!93)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!136 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!136) (< exp!1 exp!3)))
(assert
 (= (< log!136 log!93) (< exp!3 exp!2)))
(assert
 (= (< log!93 log!136) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!136 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!136)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
