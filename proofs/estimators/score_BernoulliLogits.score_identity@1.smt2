; certjax: rule estimators.score_BernoulliLogits, obligation 'score_identity@1', verdict proved
; 6 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun log!71 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (= 0.0 ?x18))))
(assert
 (= 0.0 unknown!1))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let ((?x33 (- ?x15)))
 (let ((?x17 (/ ?x33 ?x18)))
 (let ((?x61 (+ 1.0 ?x17)))
 (let ((?x62 (- ?x61)))
 (let ((?x63 (+ 1.0 ?x62)))
 (let ((?x57 (/ 1.0 exp!2)))
 (let ((?x64 (* ?x57 ?x63)))
 (let ((?x65 (* |f[1]| ?x64)))
 (let ((?x29 (* 1.0 exp!1)))
 (let ((?x60 (- |f[1]|)))
 (let ((?x34 (* ?x60 ?x29)))
 (let ((?x49 (+ |f[1]| ?x34)))
 (let ((?x35 (* ?x57 ?x49)))
 (or (and (distinct ?x35 ?x65) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!71 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!71) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!71 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!71)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun log!71 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let ((?x33 (- ?x15)))
 (let ((?x17 (/ ?x33 ?x18)))
 (let ((?x61 (+ 1.0 ?x17)))
 (let ((?x62 (- ?x61)))
 (let ((?x63 (+ 1.0 ?x62)))
 (let ((?x57 (/ 1.0 exp!2)))
 (let ((?x64 (* ?x57 ?x63)))
 (let ((?x65 (* |f[1]| ?x64)))
 (let ((?x60 (- |f[1]|)))
 (let ((?x68 (* ?x60 ?x57)))
 (let ((?x66 (+ |f[1]| ?x68)))
 (let ((?x67 (* ?x57 ?x66)))
 (or (and (distinct ?x67 ?x65) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!71 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!71) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!71 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!71)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 3 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun log!71 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let ((?x33 (- ?x15)))
 (let ((?x17 (/ ?x33 ?x18)))
 (let ((?x61 (+ 1.0 ?x17)))
 (let ((?x62 (- ?x61)))
 (let ((?x63 (+ 1.0 ?x62)))
 (let ((?x57 (/ 1.0 exp!2)))
 (let ((?x64 (* ?x57 ?x63)))
 (let ((?x65 (* |f[1]| ?x64)))
 (let ((?x60 (- |f[1]|)))
 (let ((?x68 (* ?x60 ?x57)))
 (let ((?x66 (+ |f[1]| ?x68)))
 (let ((?x67 (* ?x57 ?x66)))
 (or (and (distinct ?x67 ?x65) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!71 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!71) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!71 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!71)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 4 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!71 () Real)
(declare-fun log!107 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x29 (* 1.0 exp!1)))
 (let ((?x119 (+ 1.0 ?x29)))
 (= 0.0 ?x119))))
(assert
 (= 0.0 unknown!1))
(assert
 (let ((?x29 (* 1.0 exp!1)))
 (let ((?x119 (+ 1.0 ?x29)))
 (< 0.0 ?x119))))
(assert
 (let ((?x29 (* 1.0 exp!1)))
 (let ((?x119 (+ 1.0 ?x29)))
 (let (($x136 (= 0.0 ?x119)))
 (not $x136)))))
(assert
 (let ((?x29 (* 1.0 exp!1)))
 (let ((?x119 (+ 1.0 ?x29)))
 (< 0.0 ?x119))))
(assert
 (let ((?x29 (* 1.0 exp!1)))
 (let ((?x119 (+ 1.0 ?x29)))
 (let (($x136 (= 0.0 ?x119)))
 (not $x136)))))
(assert
 (let ((?x29 (* 1.0 exp!1)))
 (let ((?x119 (+ 1.0 ?x29)))
 (let ((?x141 (/ ?x29 ?x119)))
 (let ((?x115 (- ?x141)))
 (let ((?x135 (+ 1.0 ?x115)))
 (let ((?x237 (/ ?x29 exp!3)))
 (let ((?x95 (* ?x237 ?x135)))
 (let ((?x102 (* |f[1]| ?x95)))
 (let ((?x60 (- |f[1]|)))
 (let ((?x34 (* ?x60 ?x29)))
 (let ((?x49 (+ |f[1]| ?x34)))
 (let ((?x238 (* ?x49 ?x237)))
 (or (and (distinct ?x238 ?x102) true)))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!71 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!71) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!71 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!71)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!107 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!107) (< exp!1 exp!3)))
(assert
 (= (< log!107 log!71) (< exp!3 exp!2)))
(assert
 (= (< log!71 log!107) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!107 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!107)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 5 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!71 () Real)
(declare-fun log!107 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x29 (* 1.0 exp!1)))
 (let ((?x119 (+ 1.0 ?x29)))
 (< 0.0 ?x119))))
(assert
 (let ((?x29 (* 1.0 exp!1)))
 (let ((?x119 (+ 1.0 ?x29)))
 (< 0.0 ?x119))))
(assert
 (let ((?x29 (* 1.0 exp!1)))
 (let ((?x119 (+ 1.0 ?x29)))
 (let (($x136 (= 0.0 ?x119)))
 (not $x136)))))
(assert
 (let ((?x29 (* 1.0 exp!1)))
 (let ((?x119 (+ 1.0 ?x29)))
 (< 0.0 ?x119))))
(assert
 (let ((?x29 (* 1.0 exp!1)))
 (let ((?x119 (+ 1.0 ?x29)))
 (let (($x136 (= 0.0 ?x119)))
 (not $x136)))))
(assert
 (let ((?x29 (* 1.0 exp!1)))
 (let ((?x119 (+ 1.0 ?x29)))
 (let ((?x141 (/ ?x29 ?x119)))
 (let ((?x115 (- ?x141)))
 (let ((?x135 (+ 1.0 ?x115)))
 (let ((?x237 (/ ?x29 exp!3)))
 (let ((?x95 (* ?x237 ?x135)))
 (let ((?x102 (* |f[1]| ?x95)))
 (let ((?x60 (- |f[1]|)))
 (let ((?x86 (* ?x60 ?x237)))
 (let ((?x172 (+ |f[1]| ?x86)))
 (let ((?x240 (* ?x237 ?x172)))
 (or (and (distinct ?x240 ?x102) true)))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!71 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!71) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!71 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!71)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!107 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!107) (< exp!1 exp!3)))
(assert
 (= (< log!107 log!71) (< exp!3 exp!2)))
(assert
 (= (< log!71 log!107) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!107 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!107)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 6 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!71 () Real)
(declare-fun log!107 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (let ((?x29 (* 1.0 exp!1)))
 (let ((?x119 (+ 1.0 ?x29)))
 (< 0.0 ?x119))))
(assert
 (let ((?x29 (* 1.0 exp!1)))
 (let ((?x119 (+ 1.0 ?x29)))
 (let (($x136 (= 0.0 ?x119)))
 (not $x136)))))
(assert
 (let ((?x29 (* 1.0 exp!1)))
 (let ((?x119 (+ 1.0 ?x29)))
 (< 0.0 ?x119))))
(assert
 (let ((?x29 (* 1.0 exp!1)))
 (let ((?x119 (+ 1.0 ?x29)))
 (let (($x136 (= 0.0 ?x119)))
 (not $x136)))))
(assert
 (let ((?x29 (* 1.0 exp!1)))
 (let ((?x119 (+ 1.0 ?x29)))
 (let ((?x141 (/ ?x29 ?x119)))
 (let ((?x115 (- ?x141)))
 (let ((?x135 (+ 1.0 ?x115)))
 (let ((?x237 (/ ?x29 exp!3)))
 (let ((?x95 (* ?x237 ?x135)))
 (let ((?x102 (* |f[1]| ?x95)))
 (let ((?x60 (- |f[1]|)))
 (let ((?x86 (* ?x60 ?x237)))
 (let ((?x172 (+ |f[1]| ?x86)))
 (let ((?x240 (* ?x237 ?x172)))
 (or (and (distinct ?x240 ?x102) true)))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!71 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!71) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!71 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!71)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!107 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!107) (< exp!1 exp!3)))
(assert
 (= (< log!107 log!71) (< exp!3 exp!2)))
(assert
 (= (< log!71 log!107) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!107 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!107)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
