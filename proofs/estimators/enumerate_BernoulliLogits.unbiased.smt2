; certjax: rule estimators.enumerate_BernoulliLogits, obligation 'unbiased', verdict proved
; 10 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!93 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (> 0.0 unknown!4))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (= 0.0 ?x18))))
(assert
 (= 0.0 unknown!1))
(assert
 (= 0.0 unknown!2))
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
 (let ((?x71 (- ?x15)))
 (let ((?x72 (/ ?x71 ?x18)))
 (let ((?x73 (+ 1.0 ?x72)))
 (let ((?x74 (- ?x73)))
 (let ((?x77 (+ 1.0 ?x74)))
 (let ((?x64 (/ 1.0 exp!2)))
 (let ((?x78 (* ?x64 ?x77)))
 (let ((?x79 (* |f[1]| ?x78)))
 (let ((?x29 (/ ?x15 exp!2)))
 (let ((?x75 (* ?x29 ?x74)))
 (let ((?x76 (* |f[0]| ?x75)))
 (let ((?x80 (+ ?x76 ?x79)))
 (let ((?x65 (* |f[0]| ?x29)))
 (let ((?x69 (* 0.0 ?x65)))
 (let ((?x66 (- ?x65)))
 (let ((?x67 (* ?x64 ?x66)))
 (let ((?x59 (* |f[1]| ?x64)))
 (let ((?x45 (- ?x59)))
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x61 (* ?x38 ?x45)))
 (let ((?x39 (+ ?x59 ?x61)))
 (let ((?x68 (+ ?x39 ?x67)))
 (let ((?x70 (+ ?x68 ?x69)))
 (or (and (distinct ?x70 ?x80) true))))))))))))))))))))))))))))
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
; region 2 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
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
 (> 0.0 unknown!4))
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
 (let ((?x71 (- ?x15)))
 (let ((?x72 (/ ?x71 ?x18)))
 (let ((?x73 (+ 1.0 ?x72)))
 (let ((?x74 (- ?x73)))
 (let ((?x77 (+ 1.0 ?x74)))
 (let ((?x64 (/ 1.0 exp!2)))
 (let ((?x78 (* ?x64 ?x77)))
 (let ((?x79 (* |f[1]| ?x78)))
 (let ((?x29 (/ ?x15 exp!2)))
 (let ((?x75 (* ?x29 ?x74)))
 (let ((?x76 (* |f[0]| ?x75)))
 (let ((?x80 (+ ?x76 ?x79)))
 (let ((?x59 (* |f[1]| ?x64)))
 (let ((?x45 (- ?x59)))
 (let ((?x83 (* ?x64 ?x45)))
 (let ((?x81 (+ ?x59 ?x83)))
 (let ((?x65 (* |f[0]| ?x29)))
 (let ((?x66 (- ?x65)))
 (let ((?x67 (* ?x64 ?x66)))
 (let ((?x82 (+ ?x67 ?x81)))
 (let ((?x69 (* 0.0 ?x65)))
 (let ((?x105 (+ ?x69 ?x82)))
 (or (and (distinct ?x105 ?x80) true)))))))))))))))))))))))))))
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
; region 3 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!93 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (< 0.0 unknown!4))
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
 (let ((?x71 (- ?x15)))
 (let ((?x72 (/ ?x71 ?x18)))
 (let ((?x73 (+ 1.0 ?x72)))
 (let ((?x74 (- ?x73)))
 (let ((?x77 (+ 1.0 ?x74)))
 (let ((?x64 (/ 1.0 exp!2)))
 (let ((?x78 (* ?x64 ?x77)))
 (let ((?x79 (* |f[1]| ?x78)))
 (let ((?x29 (/ ?x15 exp!2)))
 (let ((?x75 (* ?x29 ?x74)))
 (let ((?x76 (* |f[0]| ?x75)))
 (let ((?x80 (+ ?x76 ?x79)))
 (let ((?x65 (* |f[0]| ?x29)))
 (let ((?x66 (- ?x65)))
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x106 (* ?x38 ?x66)))
 (let ((?x59 (* |f[1]| ?x64)))
 (let ((?x45 (- ?x59)))
 (let ((?x83 (* ?x64 ?x45)))
 (let ((?x81 (+ ?x59 ?x83)))
 (let ((?x121 (+ ?x81 ?x106)))
 (let ((?x69 (* 0.0 ?x65)))
 (let ((?x122 (+ ?x69 ?x121)))
 (or (and (distinct ?x122 ?x80) true))))))))))))))))))))))))))))
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
; region 4 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
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
 (< 0.0 unknown!4))
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
 (let ((?x71 (- ?x15)))
 (let ((?x72 (/ ?x71 ?x18)))
 (let ((?x73 (+ 1.0 ?x72)))
 (let ((?x74 (- ?x73)))
 (let ((?x77 (+ 1.0 ?x74)))
 (let ((?x64 (/ 1.0 exp!2)))
 (let ((?x78 (* ?x64 ?x77)))
 (let ((?x79 (* |f[1]| ?x78)))
 (let ((?x29 (/ ?x15 exp!2)))
 (let ((?x75 (* ?x29 ?x74)))
 (let ((?x76 (* |f[0]| ?x75)))
 (let ((?x80 (+ ?x76 ?x79)))
 (let ((?x59 (* |f[1]| ?x64)))
 (let ((?x45 (- ?x59)))
 (let ((?x83 (* ?x64 ?x45)))
 (let ((?x81 (+ ?x59 ?x83)))
 (let ((?x65 (* |f[0]| ?x29)))
 (let ((?x66 (- ?x65)))
 (let ((?x67 (* ?x64 ?x66)))
 (let ((?x82 (+ ?x67 ?x81)))
 (let ((?x69 (* 0.0 ?x65)))
 (let ((?x105 (+ ?x69 ?x82)))
 (or (and (distinct ?x105 ?x80) true)))))))))))))))))))))))))))
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
; region 5 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
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
 (< 0.0 unknown!4))
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
 (let ((?x71 (- ?x15)))
 (let ((?x72 (/ ?x71 ?x18)))
 (let ((?x73 (+ 1.0 ?x72)))
 (let ((?x74 (- ?x73)))
 (let ((?x77 (+ 1.0 ?x74)))
 (let ((?x64 (/ 1.0 exp!2)))
 (let ((?x78 (* ?x64 ?x77)))
 (let ((?x79 (* |f[1]| ?x78)))
 (let ((?x29 (/ ?x15 exp!2)))
 (let ((?x75 (* ?x29 ?x74)))
 (let ((?x76 (* |f[0]| ?x75)))
 (let ((?x80 (+ ?x76 ?x79)))
 (let ((?x59 (* |f[1]| ?x64)))
 (let ((?x45 (- ?x59)))
 (let ((?x83 (* ?x64 ?x45)))
 (let ((?x81 (+ ?x59 ?x83)))
 (let ((?x65 (* |f[0]| ?x29)))
 (let ((?x66 (- ?x65)))
 (let ((?x67 (* ?x64 ?x66)))
 (let ((?x82 (+ ?x67 ?x81)))
 (let ((?x69 (* 0.0 ?x65)))
 (let ((?x105 (+ ?x69 ?x82)))
 (or (and (distinct ?x105 ?x80) true)))))))))))))))))))))))))))
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
; region 6 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!93 () Real)
(declare-fun log!147 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (> 0.0 unknown!4))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (= 0.0 ?x120))))
(assert
 (= 0.0 unknown!1))
(assert
 (= 0.0 unknown!2))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (< 0.0 ?x120))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (let (($x90 (= 0.0 ?x120)))
 (not $x90)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (< 0.0 ?x120))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (let (($x90 (= 0.0 ?x120)))
 (not $x90)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (let ((?x330 (/ ?x38 ?x120)))
 (let ((?x95 (- ?x330)))
 (let ((?x150 (+ 1.0 ?x95)))
 (let ((?x153 (/ ?x38 exp!3)))
 (let ((?x301 (* ?x153 ?x150)))
 (let ((?x255 (* |f[1]| ?x301)))
 (let ((?x207 (/ 1.0 exp!3)))
 (let ((?x148 (* ?x207 ?x95)))
 (let ((?x130 (* |f[0]| ?x148)))
 (let ((?x248 (+ ?x130 ?x255)))
 (let ((?x233 (* |f[0]| ?x207)))
 (let ((?x118 (* 0.0 ?x233)))
 (let ((?x167 (- ?x233)))
 (let ((?x110 (* ?x153 ?x167)))
 (let ((?x177 (* |f[1]| ?x153)))
 (let ((?x187 (- ?x177)))
 (let ((?x193 (* ?x38 ?x187)))
 (let ((?x308 (+ ?x177 ?x193)))
 (let ((?x151 (+ ?x308 ?x110)))
 (let ((?x156 (+ ?x151 ?x118)))
 (or (and (distinct ?x156 ?x248) true)))))))))))))))))))))))))
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
 (= (< log!147 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!147) (< exp!1 exp!3)))
(assert
 (= (< log!147 log!93) (< exp!3 exp!2)))
(assert
 (= (< log!93 log!147) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!147 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!147)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 7 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!93 () Real)
(declare-fun log!147 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (> 0.0 unknown!4))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (< 0.0 ?x120))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (< 0.0 ?x120))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (let (($x90 (= 0.0 ?x120)))
 (not $x90)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (< 0.0 ?x120))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (let (($x90 (= 0.0 ?x120)))
 (not $x90)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (let ((?x330 (/ ?x38 ?x120)))
 (let ((?x95 (- ?x330)))
 (let ((?x150 (+ 1.0 ?x95)))
 (let ((?x153 (/ ?x38 exp!3)))
 (let ((?x301 (* ?x153 ?x150)))
 (let ((?x255 (* |f[1]| ?x301)))
 (let ((?x207 (/ 1.0 exp!3)))
 (let ((?x148 (* ?x207 ?x95)))
 (let ((?x130 (* |f[0]| ?x148)))
 (let ((?x248 (+ ?x130 ?x255)))
 (let ((?x177 (* |f[1]| ?x153)))
 (let ((?x187 (- ?x177)))
 (let ((?x208 (* ?x153 ?x187)))
 (let ((?x86 (+ ?x177 ?x208)))
 (let ((?x233 (* |f[0]| ?x207)))
 (let ((?x167 (- ?x233)))
 (let ((?x110 (* ?x153 ?x167)))
 (let ((?x271 (+ ?x110 ?x86)))
 (let ((?x118 (* 0.0 ?x233)))
 (let ((?x142 (+ ?x118 ?x271)))
 (or (and (distinct ?x142 ?x248) true)))))))))))))))))))))))))
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
 (= (< log!147 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!147) (< exp!1 exp!3)))
(assert
 (= (< log!147 log!93) (< exp!3 exp!2)))
(assert
 (= (< log!93 log!147) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!147 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!147)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 8 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!93 () Real)
(declare-fun log!147 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (< 0.0 unknown!4))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (= 0.0 ?x120))))
(assert
 (= 0.0 unknown!1))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (< 0.0 ?x120))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (let (($x90 (= 0.0 ?x120)))
 (not $x90)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (< 0.0 ?x120))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (let (($x90 (= 0.0 ?x120)))
 (not $x90)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (let ((?x330 (/ ?x38 ?x120)))
 (let ((?x95 (- ?x330)))
 (let ((?x150 (+ 1.0 ?x95)))
 (let ((?x153 (/ ?x38 exp!3)))
 (let ((?x301 (* ?x153 ?x150)))
 (let ((?x255 (* |f[1]| ?x301)))
 (let ((?x207 (/ 1.0 exp!3)))
 (let ((?x148 (* ?x207 ?x95)))
 (let ((?x130 (* |f[0]| ?x148)))
 (let ((?x248 (+ ?x130 ?x255)))
 (let ((?x233 (* |f[0]| ?x207)))
 (let ((?x167 (- ?x233)))
 (let ((?x312 (* ?x38 ?x167)))
 (let ((?x177 (* |f[1]| ?x153)))
 (let ((?x187 (- ?x177)))
 (let ((?x208 (* ?x153 ?x187)))
 (let ((?x86 (+ ?x177 ?x208)))
 (let ((?x251 (+ ?x86 ?x312)))
 (let ((?x118 (* 0.0 ?x233)))
 (let ((?x299 (+ ?x118 ?x251)))
 (or (and (distinct ?x299 ?x248) true)))))))))))))))))))))))))
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
 (= (< log!147 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!147) (< exp!1 exp!3)))
(assert
 (= (< log!147 log!93) (< exp!3 exp!2)))
(assert
 (= (< log!93 log!147) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!147 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!147)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 9 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!93 () Real)
(declare-fun log!147 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (< 0.0 unknown!4))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (< 0.0 ?x120))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (< 0.0 ?x120))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (let (($x90 (= 0.0 ?x120)))
 (not $x90)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (< 0.0 ?x120))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (let (($x90 (= 0.0 ?x120)))
 (not $x90)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (let ((?x330 (/ ?x38 ?x120)))
 (let ((?x95 (- ?x330)))
 (let ((?x150 (+ 1.0 ?x95)))
 (let ((?x153 (/ ?x38 exp!3)))
 (let ((?x301 (* ?x153 ?x150)))
 (let ((?x255 (* |f[1]| ?x301)))
 (let ((?x207 (/ 1.0 exp!3)))
 (let ((?x148 (* ?x207 ?x95)))
 (let ((?x130 (* |f[0]| ?x148)))
 (let ((?x248 (+ ?x130 ?x255)))
 (let ((?x177 (* |f[1]| ?x153)))
 (let ((?x187 (- ?x177)))
 (let ((?x208 (* ?x153 ?x187)))
 (let ((?x86 (+ ?x177 ?x208)))
 (let ((?x233 (* |f[0]| ?x207)))
 (let ((?x167 (- ?x233)))
 (let ((?x110 (* ?x153 ?x167)))
 (let ((?x271 (+ ?x110 ?x86)))
 (let ((?x118 (* 0.0 ?x233)))
 (let ((?x142 (+ ?x118 ?x271)))
 (or (and (distinct ?x142 ?x248) true)))))))))))))))))))))))))
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
 (= (< log!147 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!147) (< exp!1 exp!3)))
(assert
 (= (< log!147 log!93) (< exp!3 exp!2)))
(assert
 (= (< log!93 log!147) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!147 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!147)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 10 of 10
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!93 () Real)
(declare-fun log!147 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (< 0.0 unknown!4))
(assert
 (< 0.0 unknown!2))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (< 0.0 ?x120))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (let (($x90 (= 0.0 ?x120)))
 (not $x90)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (< 0.0 ?x120))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (let (($x90 (= 0.0 ?x120)))
 (not $x90)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x120 (+ 1.0 ?x38)))
 (let ((?x330 (/ ?x38 ?x120)))
 (let ((?x95 (- ?x330)))
 (let ((?x150 (+ 1.0 ?x95)))
 (let ((?x153 (/ ?x38 exp!3)))
 (let ((?x301 (* ?x153 ?x150)))
 (let ((?x255 (* |f[1]| ?x301)))
 (let ((?x207 (/ 1.0 exp!3)))
 (let ((?x148 (* ?x207 ?x95)))
 (let ((?x130 (* |f[0]| ?x148)))
 (let ((?x248 (+ ?x130 ?x255)))
 (let ((?x177 (* |f[1]| ?x153)))
 (let ((?x187 (- ?x177)))
 (let ((?x208 (* ?x153 ?x187)))
 (let ((?x86 (+ ?x177 ?x208)))
 (let ((?x233 (* |f[0]| ?x207)))
 (let ((?x167 (- ?x233)))
 (let ((?x110 (* ?x153 ?x167)))
 (let ((?x271 (+ ?x110 ?x86)))
 (let ((?x118 (* 0.0 ?x233)))
 (let ((?x142 (+ ?x118 ?x271)))
 (or (and (distinct ?x142 ?x248) true)))))))))))))))))))))))))
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
 (= (< log!147 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!147) (< exp!1 exp!3)))
(assert
 (= (< log!147 log!93) (< exp!3 exp!2)))
(assert
 (= (< log!93 log!147) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!147 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!147)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
